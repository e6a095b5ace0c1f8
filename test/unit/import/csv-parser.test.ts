import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CsvParser } from '../../../src/main/import/csv/csv-parser.ts';

function parseAll(text: string, chunkSizes: number[] = [Buffer.byteLength(text) || 1]): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const parser = new CsvParser('test.csv', (fields, count, line) => {
    rows.push(fields.slice(0, count));
    lines.push(line);
  });
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, chunkSizes[i % chunkSizes.length]);
    parser.push(bytes.subarray(at, at + size));
    at += size;
  }
  parser.end();
  return { rows, lines };
}

describe('CSV parser', () => {
  it('reads LF and CRLF records, a BOM, "" as empty, and a last record without a line break', () => {
    const { rows } = parseAll('\ufeffName,Email\r\n#1001,""\r\n#1002,a@b.c');
    expect(rows).toEqual([['Name', 'Email'], ['#1001', ''], ['#1002', 'a@b.c']]);
  });

  it('keeps line breaks and doubled quotes inside quoted fields and counts physical lines', () => {
    const text = 'a,b\n1,"two\nlines ""quoted"""\n2,"x\r\ny\r\nz"\n3,plain\n';
    const { rows, lines } = parseAll(text);
    expect(rows[1]).toEqual(['1', 'two\nlines "quoted"']);
    expect(rows[2]).toEqual(['2', 'x\r\ny\r\nz']);
    expect(lines).toEqual([1, 2, 4, 7]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'a,b,c\r\n"q,1","multi\r\nline",x\r\n,,\r\n"end"""\r\n';
    const whole = parseAll(text);
    for (const size of [1, 2, 3, 5, 7]) expect(parseAll(text, [size])).toEqual(whole);
  });

  it('reads another delimiter when told', () => {
    const rows: string[][] = [];
    const parser = new CsvParser('x.csv', (fields, count) => rows.push(fields.slice(0, count)), ';');
    parser.push(Buffer.from('"a;1";b,2\r\n;\r\n'));
    parser.end();
    expect(rows).toEqual([['a;1', 'b,2'], ['', '']]);
  });

  it('reads text in any script, whole, however the chunks cut its multi-byte characters', () => {
    const text = 'name,city\r\nHồ Tây Tea Co.,"Đà Nẵng, VN"\r\nÁngel Lefèvre,Москва 🫖\r\nplain,ascii\r\n';
    const expected = [['name', 'city'], ['Hồ Tây Tea Co.', 'Đà Nẵng, VN'], ['Ángel Lefèvre', 'Москва 🫖'], ['plain', 'ascii']];
    for (const size of [1, 2, 3, 5, 64]) expect(parseAll(text, [size]).rows).toEqual(expected);
  });

  it('reads bytes that are not UTF-8 (a file saved as Windows-1252) without shifting the fields around them', () => {
    const rows: string[][] = [];
    const parser = new CsvParser('x.csv', (fields, count) => rows.push(fields.slice(0, count)));
    parser.push(Buffer.concat([Buffer.from('a,b,c,d\n'), Buffer.from([0x92, 0x2c, 0x78, 0x2c, 0xf1, 0x2c, 0x79, 0x0a])]));
    parser.end();
    expect(rows[1]).toEqual(['\ufffd', 'x', '\ufffd', 'y']);
  });

  it('turns into text only the columns it is told to read, and every column of a one-field record', () => {
    const rows: string[][] = [];
    const parser = new CsvParser('x.csv', (fields, count) => rows.push(fields.slice(0, count)));
    parser.push(Buffer.from('a,b,c\n'));
    parser.readOnly([0, 2]);
    parser.push(Buffer.from('1,"two",3\nÁ,é,"""ü"""\nlonely\n'));
    parser.end();
    expect(rows).toEqual([['a', 'b', 'c'], ['1', '', '3'], ['Á', '', '"ü"'], ['lonely']]);
  });

  it('names the line of a quoted field that is never closed', () => {
    expect(() => parseAll('a,b\n1,2\n3,"never closed\nmore\n')).toThrow(/test\.csv line 3: a quoted field is never closed/);
  });

  it('reads back any table PapaParse writes, quoted or not, whatever the chunking (property)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', '"', ',', '\n', '\r\n', 'a"b', ' x '));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 9 }),
        (table, quotes, newline, chunk) => {
          const text = Papa.unparse(table, { quotes, newline }) + newline;
          expect(parseAll(text, [chunk]).rows).toEqual(table);
        },
      ),
      { numRuns: 500 },
    );
  });
});
