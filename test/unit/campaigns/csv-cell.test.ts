import { describe, expect, it } from 'vitest';
import { csvRecord, MAX_CELL_CHARS, neutraliseFormula } from '../../../src/main/campaigns/csv-cell.ts';

describe('formula-injection neutralising', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=x', "'\t=x"],
    ['\r=x', "'\r=x"],
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['-', "'-"],
    ['+1 415 555 0123', "'+1 415 555 0123"],
    ['\u202e=1+1', "'\u202e=1+1"],
    ['\u202egnp.exe', "'\u202egnp.exe"],
    ['\u2067=cmd', "'\u2067=cmd"],
    ['\u200b=1+1', "'\u200b=1+1"],
    ['\u200d@x', "'\u200d@x"],
    ['\u200fAna', "'\u200fAna"],
    ['\ufeff=x', "'\ufeff=x"],
    ['\u2060-2', "'\u2060-2"],
  ])('neutralises %j', (payload, expected) => {
    expect(neutraliseFormula(payload)).toBe(expected);
  });

  it.each(['+14155550123', '+84912345678', '42', '-12.50', '+3', '0.8765', 'Ana', 'ana@example.com', "'quoted", ''])('keeps %j as it is', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it('neutralises before quoting, so a quoted payload is still text', () => {
    expect(csvRecord(['=HYPERLINK("http://x","y")', 'Ana'])).toBe('"\'=HYPERLINK(""http://x"",""y"")",Ana');
    expect(csvRecord(['\r=x'])).toBe('"\'\r=x"');
  });

  it('never writes a cell longer than the 32,767 characters a spreadsheet cell holds', () => {
    const name = 'A'.repeat(40_000);
    expect(MAX_CELL_CHARS).toBe(32_767);
    expect(csvRecord([name, 'x'])).toBe(`${'A'.repeat(32_767)},x`);
    expect(csvRecord([`=${name}`])).toBe(`'=${'A'.repeat(32_765)}`);
    // A character outside the BMP straddling the limit is dropped whole, not cut in half.
    const straddling = `${'A'.repeat(32_766)}😀`;
    expect(csvRecord([straddling])).toBe('A'.repeat(32_766));
  });
});
