import { describe, expect, it } from 'vitest';
import { csvRecord, neutraliseFormula } from '../../../src/main/campaigns/csv-cell.ts';

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
});
