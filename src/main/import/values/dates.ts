import { dateFormats, type DateFormat } from '../../../shared/domain/imports.ts';
import { zoneOffsetAt } from './time-zones.ts';

/** An instant as stored: ISO 8601 with the offset as written, epoch ms, and the local calendar day. */
export interface ParsedInstant {
  iso: string;
  ms: number;
  day: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMinutes: number | null): ParsedInstant | null {
  if (!isRealDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  const local = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  const offset = offsetMinutes ?? 0;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const suffix = offsetMinutes === null || offset === 0 ? (offsetMinutes === null ? 'Z' : '+00:00') : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return { iso: `${local}${suffix}`, ms: Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000, day: local.slice(0, 10) };
}

const SHOPIFY = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)? ?(?:([+-])(\d{2}):?(\d{2})|(Z|UTC))$/;

/** Two decimal digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** The day part of the last date read the quick way, and its midnight (UTC ms, NaN when it is no real day). */
let lastDay = '';
let lastDayMs = Number.NaN;

function midnightMs(day: string): number {
  const century = twoDigits(day, 0);
  const year = twoDigits(day, 2);
  const month = twoDigits(day, 5);
  const date = twoDigits(day, 8);
  if (century < 0 || year < 0 || month < 0 || date < 0) return Number.NaN;
  return isRealDay(century * 100 + year, month, date) ? Date.UTC(century * 100 + year, month - 1, date) : Number.NaN;
}

/**
 * `YYYY-MM-DD HH:MM:SS ±HHMM`, the shape every date of a Shopify export has, read without a regular
 * expression; an export's orders come day by day, so the day is checked once for all its orders.
 * Undefined when the text has another shape, for the general reader to decide.
 */
function readExportShape(text: string): ParsedInstant | null | undefined {
  if (text.length !== 25 || text[4] !== '-' || text[7] !== '-' || text[10] !== ' ' || text[13] !== ':' || text[16] !== ':' || text[19] !== ' ') return undefined;
  const sign = text[20] === '+' ? 1 : text[20] === '-' ? -1 : 0;
  const h = twoDigits(text, 11);
  const mi = twoDigits(text, 14);
  const s = twoDigits(text, 17);
  const offsetH = twoDigits(text, 21);
  const offsetM = twoDigits(text, 23);
  if (sign === 0 || h < 0 || mi < 0 || s < 0 || offsetH < 0 || offsetM < 0) return undefined;
  const day = text.slice(0, 10);
  if (day !== lastDay) {
    lastDay = day;
    lastDayMs = midnightMs(day);
  }
  if (Number.isNaN(lastDayMs) || h > 23 || mi > 59 || s > 59) return null;
  const offset = sign * (offsetH * 60 + offsetM);
  const suffix = offset === 0 ? '+00:00' : `${text[20]}${text.slice(21, 23)}:${text.slice(23, 25)}`;
  return { iso: `${day}T${text.slice(11, 19)}${suffix}`, ms: lastDayMs + ((h * 60 + mi) * 60 + s) * 1000 - offset * 60_000, day };
}

/**
 * Shopify's `2024-11-10 01:57:33 +0100`: the instant keeps its offset, the day is the shop's local day.
 * Null when the text is anything else.
 */
export function parseShopifyDate(text: string): ParsedInstant | null {
  const quick = readExportShape(text);
  if (quick !== undefined) return quick;
  const m = SHOPIFY.exec(text.trim());
  if (!m) return null;
  const offset = m[10] ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset);
}

/** `11/10/24 01:57` and friends: how a spreadsheet program re-saves a date. */
export function looksLikeSpreadsheetDate(text: string): boolean {
  return /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(text.trim());
}

const ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)? ?(?:([+-])(\d{2}):?(\d{2})|(Z|UTC))?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])?)?$/;

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase() === 'pm';
  return (h % 12) + (pm ? 12 : 0);
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)? ?([AaPp][Mm])?$/;

/**
 * A day and a time of day from two columns, the time in a time zone (an IANA name, see time-zones.ts), as
 * Square writes them (`2025-03-09`, `14:03:22`, `Eastern Time (US & Canada)`). The instant keeps the zone's
 * offset on that day, the day is the local day. Without a zone the time is taken as written, as `parseDate`
 * does. Null when the day or the time cannot be read.
 */
export function parseZonedDate(dayText: string, timeText: string, zone: string | null, format: DateFormat): ParsedInstant | null {
  const day = parseDate(dayText, format);
  if (!day) return null;
  const m = TIME.exec(timeText.trim());
  if (!m && timeText.trim() !== '') return null;
  const [y, mo, d] = day.day.split('-').map(Number);
  const h = m ? hour12(Number(m[1]), m[4]) : 0;
  const mi = m ? Number(m[2]) : 0;
  const sec = m ? Number(m[3] ?? 0) : 0;
  const offset = zone === null ? null : zoneOffsetAt(zone, Date.UTC(y, mo - 1, d, h, mi, sec));
  return build(y, mo, d, h, mi, sec, offset);
}

/**
 * A date in a known format. Without an offset the time is taken as written and stored with `Z`;
 * a date without time is midnight of that day.
 */
export function parseDate(text: string, format: DateFormat): ParsedInstant | null {
  const t = text.trim();
  if (format === 'iso') {
    const m = ISO.exec(t);
    if (!m) return null;
    const offset = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : m[11] ? 0 : null;
    return build(Number(m[1]), Number(m[3]), Number(m[4]), Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0), offset);
  }
  if (format === 'ymd_compact') {
    const m = COMPACT.exec(t);
    return m ? build(Number(m[1]), Number(m[2]), Number(m[3]), 0, 0, 0, null) : null;
  }
  const m = SLASHED.exec(t);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [month, day] = format === 'mdy' ? [a, b] : [b, a];
  return build(fullYear(m[3]), month, day, hour12(Number(m[4] ?? 0), m[7]), Number(m[5] ?? 0), Number(m[6] ?? 0), null);
}

export interface DateFormatGuess {
  /** The one format every non-blank sample fits, or null. */
  format: DateFormat | null;
  /** True when the samples fit both month-first and day-first: the user must say which. */
  ambiguous: boolean;
  /** Formats that fit every sample. */
  candidates: DateFormat[];
}

/**
 * Which formats fit every sample (or, when none does, the formats that fit the most samples, at least
 * half: the odd bad value is then reported with its line by the import). Month-first vs day-first is
 * decided only by the data.
 */
export function guessDateFormat(samples: readonly string[]): DateFormatGuess {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (values.length === 0) return { format: null, ambiguous: false, candidates: [] };
  const fits = dateFormats.map((f) => values.filter((v) => parseDate(v, f) !== null).length);
  const best = Math.max(...fits);
  const candidates = best * 2 >= values.length ? dateFormats.filter((_, i) => fits[i] === best) : [];
  const ambiguous = candidates.includes('mdy') && candidates.includes('dmy');
  return { format: candidates.length === 1 ? candidates[0] : null, ambiguous, candidates };
}
