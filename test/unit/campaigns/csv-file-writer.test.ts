import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvFileWriter } from '../../../src/main/campaigns/csv-file-writer.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

describe('CSV file writer', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('writes UTF-8 with CRLF line ends, and a BOM only when asked', () => {
    const plain = join(temp.dir, 'plain.csv');
    const writer = new CsvFileWriter(plain, ['Name', 'City']);
    writer.writeRow(['Nguyễn Thị Hà', 'Hà Nội']);
    writer.commit();
    expect(readFileSync(plain)).toEqual(Buffer.from('Name,City\r\nNguyễn Thị Hà,Hà Nội\r\n', 'utf8'));

    const withBom = join(temp.dir, 'bom.csv');
    const bomWriter = new CsvFileWriter(withBom, ['Name'], { bom: true });
    bomWriter.writeRow(['Иван']);
    bomWriter.commit();
    const bytes = readFileSync(withBom);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Name\r\nИван\r\n');
  });

  it('keeps names and tags with commas, quotes and line breaks intact (RFC 4180)', () => {
    const path = join(temp.dir, 'quoted.csv');
    const rows = [
      ['O\'Brien, "Pat"', 'vip, wholesale'],
      ['line one\nline two', 'a\r\nb'],
      ['', 'plain'],
    ];
    const writer = new CsvFileWriter(path, ['Name', 'Tags']);
    for (const row of rows) writer.writeRow(row);
    writer.commit();
    const text = readFileSync(path, 'utf8');
    expect(text).toBe('Name,Tags\r\n"O\'Brien, ""Pat""","vip, wholesale"\r\n"line one\nline two","a\r\nb"\r\n,plain\r\n');
    const parsed = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.data).toEqual([['Name', 'Tags'], ...rows]);
  });

  it('streams large files in chunks and counts rows', () => {
    const path = join(temp.dir, 'large.csv');
    const writer = new CsvFileWriter(path, ['Email']);
    for (let i = 0; i < 20_000; i++) writer.writeRow([`customer${i}@example.com`]);
    writer.commit();
    expect(writer.rows).toBe(20_000);
    const lines = readFileSync(path, 'utf8').split('\r\n');
    expect(lines).toHaveLength(20_002);
    expect(lines[20_000]).toBe('customer19999@example.com');
  });

  it('leaves nothing at the target path when aborted', () => {
    const path = join(temp.dir, 'aborted.csv');
    const writer = new CsvFileWriter(path, ['Email']);
    writer.writeRow(['a@example.com']);
    writer.abort();
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.partial`)).toBe(false);
  });
});
