import { E164 } from './phone.ts';

/** Characters that make a spreadsheet read a cell as a formula when they start it. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number such as `42`, `-12.50` or `+3`: spreadsheets read it as a number, never a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Neutralises spreadsheet formula injection (CSV injection): a value that starts with `=`, `+`, `-`, `@`,
 * tab or carriage return is prefixed with an apostrophe, so Excel, LibreOffice and Google Sheets show it as
 * text instead of running it. Plain numbers and E.164 phone numbers are kept as they are.
 */
export function neutraliseFormula(value: string): string {
  if (!FORMULA_START.test(value)) return value;
  if (PLAIN_NUMBER.test(value) || E164.test(value)) return value;
  return `'${value}`;
}

/** RFC 4180 field: quoted (with inner quotes doubled) when it holds a comma, a quote or a line break. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record line (without its terminator): every cell neutralised, then quoted. */
export function csvRecord(cells: readonly string[]): string {
  return cells.map((cell) => quoteField(neutraliseFormula(cell))).join(',');
}
