import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSpendAmount, parseSpendMonth, readSpendCsv } from '../../../src/main/economics/spend-csv.ts';
import { AppError } from '../../../src/shared/api/envelope.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const temp = makeTempDir();
afterAll(() => temp.cleanup());
const file = (name: string, text: string) => {
  const path = join(temp.dir, name);
  writeFileSync(path, text);
  return path;
};

describe('spend CSV (month,channel,spend)', () => {
  it('reads months and amounts as people type them in spreadsheets', () => {
    expect(parseSpendMonth('2025-03')).toBe('2025-03');
    expect(parseSpendMonth('2025-3-01')).toBe('2025-03');
    expect(parseSpendMonth('03/2025')).toBe('2025-03');
    expect(parseSpendMonth('2025-13')).toBeNull();
    expect(parseSpendMonth('March')).toBeNull();
    expect(parseSpendAmount('1,234.50')).toBe(1234.5);
    expect(parseSpendAmount('$99')).toBe(99);
    expect(parseSpendAmount('€ 12.5')).toBe(12.5);
    expect(parseSpendAmount('lots')).toBeNull();
  });

  it('adds up repeated month/channel rows and tolerates a BOM, CRLF and blank lines', () => {
    const path = file('spend.csv', '\uFEFFMonth,Channel,Spend\r\n2025-01,ads,100\r\n\r\n2025-01,ads,"1,000.50"\r\n2025-02,email,20\r\n');
    expect(readSpendCsv(path)).toEqual([
      { month: '2025-01', channel: 'ads', spend: 1100.5 },
      { month: '2025-02', channel: 'email', spend: 20 },
    ]);
  });

  it('names the file, line and column of a bad cell', () => {
    const path = file('bad.csv', 'month,channel,spend\n2025-01,ads,100\n\n2025-02,ads,a lot\n');
    let caught: unknown;
    try {
      readSpendCsv(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).message).toBe('bad.csv line 4, column "spend": "a lot" is not an amount of money');
    expect((caught as AppError).details).toMatchObject({ file: 'bad.csv', line: 4, column: 'spend', messageKey: 'economics:errors.badAmount' });
  });

  it('refuses a missing file, a folder or a device with a clear message instead of reading it', () => {
    expect(() => readSpendCsv(join(temp.dir, 'nope.csv'))).toThrow(/^nope\.csv: the file cannot be read/);
    expect(() => readSpendCsv('/dev/zero')).toThrow(/^zero: the file cannot be read/);
    expect(() => readSpendCsv(temp.dir)).toThrow(/the file cannot be read/);
  });

  it('refuses the names the report uses itself as channel names', () => {
    const path = file('reserved.csv', 'month,channel,spend\n2025-01,All,100\n');
    expect(() => readSpendCsv(path)).toThrow('reserved.csv line 2, column "channel": "All" is used by Regulars itself: choose another channel name');
  });

  it('refuses a file that is not a spend file, saying what was expected', () => {
    const path = file('orders_export.csv', 'Name,Email,Total\n#1001,a@b.c,10\n');
    expect(() => readSpendCsv(path)).toThrow('orders_export.csv line 1: is not a spend file: expected the columns month,channel,spend (missing month, channel, spend)');
  });
});
