import { E164 } from './phone.ts';

/**
 * What a cell may not start with: characters that make a spreadsheet read it as a formula, and invisible
 * ones (bidirectional overrides and isolates, direction marks, zero-width spaces and joiners, the BOM) that
 * can hide such a start or turn the text around.
 */
const FORMULA_START = /^[=+\-@\t\r\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** The most characters a spreadsheet cell holds (Excel, LibreOffice): a longer value is cut to it. */
export const MAX_CELL_CHARS = 32_767;
/** A plain decimal number such as `42`, `-12.50` or `+3`: spreadsheets read it as a number, never a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Neutralises spreadsheet formula injection (CSV injection): a value that starts with `=`, `+`, `-`, `@`,
 * tab, carriage return or an invisible direction or zero-width character is prefixed with an apostrophe, so
 * Excel, LibreOffice and Google Sheets show it as text instead of running it. Plain numbers and E.164 phone
 * numbers are kept as they are.
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

/** A cell no longer than MAX_CELL_CHARS, never cut between the two halves of a surrogate pair. */
function fitCell(value: string): string {
  if (value.length <= MAX_CELL_CHARS) return value;
  const last = value.charCodeAt(MAX_CELL_CHARS - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS);
}

/** One CSV record line (without its terminator): every cell neutralised, cut to what a spreadsheet holds, then quoted. */
export function csvRecord(cells: readonly string[]): string {
  return cells.map((cell) => quoteField(fitCell(neutraliseFormula(cell)))).join(',');
}
