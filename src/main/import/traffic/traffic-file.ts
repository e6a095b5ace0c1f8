import { Columns } from '../columns.ts';
import { fileError, fileRefusal } from '../file-error.ts';
import { guessDateFormat, parseDate } from '../values/dates.ts';
import type { Db } from '../../db/connection.ts';
import { recallMapping } from '../mapped/mapping-memory.ts';
import type { ColumnMapping, DateFormat, ImportFileOptions } from '../../../shared/domain/imports.ts';

/**
 * Traffic reports (docs/formats.md, "Traffic reports"): a day or month column and sessions, optionally
 * visitors and the steps of the online store's conversion (cart, checkout, converted). Each field is
 * recognised by any of its names, case-insensitively: Shopify's (both its analytics reports and the older
 * `total_sessions` style), Google Analytics' and the plain names a spreadsheet would use.
 */
export const TRAFFIC_FIELDS = {
  period: ['Day', 'Date', 'Month'],
  sessions: ['Sessions', 'Online store sessions', 'Total sessions', 'total_sessions'],
  visitors: ['Visitors', 'Online store visitors', 'Total visitors', 'total_visitors', 'Users', 'Total users'],
  addedToCart: ['Added to cart', 'Sessions with cart additions', 'Add to cart', 'total_carts'],
  reachedCheckout: ['Reached checkout', 'Sessions that reached checkout', 'total_checkouts'],
  convertedSessions: ['Converted sessions', 'Sessions converted', 'Sessions that completed checkout', 'total_orders_placed'],
} as const;

export type TrafficField = keyof typeof TRAFFIC_FIELDS;
type CountField = Exclude<TrafficField, 'period'>;
const COUNT_FIELDS: readonly CountField[] = ['sessions', 'visitors', 'addedToCart', 'reachedCheckout', 'convertedSessions'];

/** Names only Shopify's reports use: a file with one of them is "Shopify traffic". */
const SHOPIFY_NAMES = ['Online store sessions', 'Online store visitors', 'Sessions with cart additions', 'Sessions that reached checkout', 'Sessions that completed checkout', 'Sessions converted', 'total_sessions', 'total_carts', 'total_checkouts', 'total_orders_placed'];

/** Columns that make a file an order export even when it also has a date and a sessions-like column. */
const ORDER_COLUMNS = ['Total', 'Amount', 'Order ID', 'Order', 'Name', 'Email', 'Financial Status', 'Price'];

export interface TrafficLayout {
  kind: 'shopify_traffic' | 'traffic';
  /** Column index per field, -1 when absent. */
  columns: Record<TrafficField, number>;
}

/** A comment line: its first cell starts with `#` and nothing else is written on it. */
const isComment = (record: readonly string[]) => (record[0] ?? '').trimStart().startsWith('#') && record.slice(1).every((cell) => cell.trim() === '');

/**
 * The header and rows after any leading comment lines (Google Analytics writes the report's name, the
 * property and the dates there, each line starting with `#`); `preamble` is how many records were skipped.
 */
export function skipComments(headers: readonly string[], rows: readonly string[][]): { headers: string[]; rows: string[][]; preamble: number } {
  if (!isComment(headers)) return { headers: [...headers], rows: rows.map((r) => [...r]), preamble: 0 };
  const at = rows.findIndex((row) => !isComment(row) && row.some((cell) => cell.trim() !== ''));
  if (at < 0) return { headers: [...headers], rows: rows.map((r) => [...r]), preamble: 0 };
  return { headers: rows[at].map((h) => h.trim()), rows: rows.slice(at + 1).map((r) => [...r]), preamble: at + 1 };
}

/** The layout of a traffic report, or null when the header is not one. */
export function trafficLayout(headers: readonly string[]): TrafficLayout | null {
  const columns = new Columns(headers);
  const index = Object.fromEntries(Object.entries(TRAFFIC_FIELDS).map(([field, names]) => [field, columns.find(...names)])) as Record<TrafficField, number>;
  if (index.period < 0 || index.sessions < 0 || ORDER_COLUMNS.some((name) => columns.has(name))) return null;
  return { kind: SHOPIFY_NAMES.some((name) => columns.has(name)) ? 'shopify_traffic' : 'traffic', columns: index };
}

/** A traffic report's layout from a mapping that names its sessions column (the other figures are still found by name). */
function mappedLayout(fileName: string, headers: readonly string[], mapping: ColumnMapping): TrafficLayout {
  const columns = new Columns(headers);
  if (!mapping.date) throw fileRefusal(fileName, 'mappingIncomplete', 'the column mapping must say which column holds the day or month', { field: 'date' });
  for (const [field, header] of [['date', mapping.date], ['sessions', mapping.sessions]] as const) {
    if (header !== undefined && columns.find(header) < 0) throw fileRefusal(fileName, 'mappingColumnMissing', `the file has no column "${header}" (mapped to ${field})`, { column: header, field });
  }
  const index = Object.fromEntries(Object.entries(TRAFFIC_FIELDS).map(([field, names]) => [field, columns.find(...names)])) as Record<TrafficField, number>;
  return { kind: 'traffic', columns: { ...index, period: columns.find(mapping.date), sessions: columns.find(mapping.sessions as string) } };
}

export interface TrafficPlan {
  layout: TrafficLayout;
  mapping: ColumnMapping | null;
}

/**
 * How to read a file as a traffic report, or null when it is none: the mapping given with the file when it
 * names a sessions column, else a header Regulars recognises, else the mapping remembered for this header.
 * `mapping` is set when a mapping decided it (the import then remembers it for files with the same header).
 */
export function trafficPlan(db: Db, fileName: string, headers: readonly string[], options: ImportFileOptions | undefined): TrafficPlan | null {
  if (options?.mapping) return options.mapping.sessions ? { layout: mappedLayout(fileName, headers, options.mapping), mapping: options.mapping } : null;
  const recognised = trafficLayout(headers);
  if (recognised) return { layout: recognised, mapping: null };
  const remembered = recallMapping(db, headers)?.mapping;
  return remembered?.sessions ? { layout: mappedLayout(fileName, headers, remembered), mapping: remembered } : null;
}

/** One row's figures: a day (`YYYY-MM-DD`) or a month (`YYYY-MM`) and its counts (null: no such column or a blank cell). */
export interface TrafficRow {
  period: string;
  line: number;
  sessions: number;
  visitors: number | null;
  addedToCart: number | null;
  reachedCheckout: number | null;
  convertedSessions: number | null;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2025-03`, `03/2025`, `2025/03` or `Mar 2025` (any month name starting with those three letters) as `2025-03`; null otherwise. */
export function parseTrafficMonth(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  const slash = /^(\d{1,2})[-/](\d{4})$/.exec(s);
  const named = /^([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})$/.exec(s);
  const [year, month] = iso ? [Number(iso[1]), Number(iso[2])] : slash ? [Number(slash[2]), Number(slash[1])] : named ? [Number(named[2]), MONTH_NAMES.indexOf(named[1].toLowerCase()) + 1] : [NaN, NaN];
  if (!(month >= 1 && month <= 12) || !(year >= 1990 && year <= 2100)) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * A count as written by a report or a spreadsheet, as a whole number: `1234`, `1,234`, `1 234`, `1'234`,
 * `1.234` (European thousands), `1234.0`; null when it is none of these.
 */
export function parseTrafficCount(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  const digits = /^\d{1,3}(,\d{3})+(\.0+)?$/.test(s) ? s.replace(/,/g, '').replace(/\.0+$/, '')
    : /^\d{1,3}(\.\d{3})+(,0+)?$/.test(s) ? s.replace(/\./g, '').replace(/,0+$/, '')
    : s.replace(/[.,]0+$/, '');
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null;
}

/** A row whose period cell says it is the report's total, not a day. */
const TOTAL_ROW = /^(total|totals|summary|grand total)$/i;

export interface TrafficReading {
  granularity: 'day' | 'month';
  dateFormat: DateFormat | null;
}

/**
 * How the period column is written, from the preview's values: months, or days in one date format. A
 * refusal when the days could be month-first or day-first (unless `dateFormat` says) or are no dates.
 */
export function trafficReading(fileName: string, headers: readonly string[], rows: readonly string[][], layout: TrafficLayout, dateFormat: DateFormat | undefined): TrafficReading {
  const header = headers[layout.columns.period];
  const values = rows.map((row) => (row[layout.columns.period] ?? '').trim()).filter((v) => v !== '' && !TOTAL_ROW.test(v));
  if (values.length > 0 && values.every((v) => parseTrafficMonth(v) !== null)) return { granularity: 'month', dateFormat: null };
  if (dateFormat) return { granularity: 'day', dateFormat };
  const guess = guessDateFormat(values);
  const format = guess.format ?? (guess.candidates.length > 0 && !guess.ambiguous ? guess.candidates[0] : null);
  if (format) return { granularity: 'day', dateFormat: format };
  if (guess.ambiguous) throw fileRefusal(fileName, 'ambiguousDates', `the dates (e.g. "${values[0]}") could be month-first or day-first; say which`, { sample: values[0] ?? '' });
  throw fileRefusal(fileName, 'trafficNoPeriods', `the column "${header}" holds no days (2025-03-01) or months (2025-03) Regulars can read`, { column: header });
}

/**
 * Reads one data row of a traffic report; null for a blank row or the report's total row. A cell that
 * is not a day (or month) or not a whole number stops the import with its line and column.
 */
export function readTrafficRow(fileName: string, headers: readonly string[], layout: TrafficLayout, reading: TrafficReading, fields: readonly string[], line: number): TrafficRow | null {
  const cell = (i: number) => (i < 0 ? '' : (fields[i] ?? '').trim());
  const periodText = cell(layout.columns.period);
  if (periodText === '' && fields.every((f) => f.trim() === '')) return null;
  if (TOTAL_ROW.test(periodText)) return null;
  const periodHeader = headers[layout.columns.period];
  const period = reading.granularity === 'month' ? parseTrafficMonth(periodText) : (parseDate(periodText, reading.dateFormat as DateFormat)?.day ?? null);
  if (period === null) {
    const reason = reading.granularity === 'month' ? 'is not a month (write it as 2025-03)' : 'is not a day in the format of the rest of the column';
    throw fileError(fileName, line, periodHeader, periodText, reading.granularity === 'month' ? 'trafficBadMonth' : 'trafficBadDay', reason);
  }
  const counts = {} as Record<CountField, number | null>;
  for (const field of COUNT_FIELDS) {
    const at = layout.columns[field];
    const text = cell(at);
    if (at < 0 || (text === '' && field !== 'sessions')) {
      counts[field] = null;
      continue;
    }
    const value = parseTrafficCount(text);
    if (value === null) throw fileError(fileName, line, headers[at], text, 'trafficBadCount', 'is not a whole number of sessions or visitors');
    counts[field] = value;
  }
  return { period, line, ...counts, sessions: counts.sessions as number };
}
