import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { AppError } from '../../shared/api/envelope.ts';
import { RESERVED_CHANNELS, type SpendEntry } from '../../shared/domain/economics.ts';

const MAX_BYTES = 5 * 1024 * 1024;
const REQUIRED = ['month', 'channel', 'spend'] as const;

export function fail(file: string, line: number | undefined, column: string | undefined, message: string, messageKey: string, params: Record<string, string | number> = {}): never {
  const where = [line !== undefined ? `line ${line}` : null, column ? `column "${column}"` : null].filter(Boolean).join(', ');
  throw new AppError('bad_file', `${file}${where ? ` ${where}` : ''}: ${message}`, { file, line, column, messageKey: `economics:errors.${messageKey}`, params: { file, line: line ?? '', column: column ?? '', ...params } });
}

/** `2025-03`, `2025-03-01` or `03/2025` as `2025-03`; null when it is none of these. */
export function parseSpendMonth(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(s);
  const slash = /^(\d{1,2})\/(\d{4})$/.exec(s);
  const [year, month] = iso ? [Number(iso[1]), Number(iso[2])] : slash ? [Number(slash[2]), Number(slash[1])] : [NaN, NaN];
  if (!(month >= 1 && month <= 12) || !(year >= 1990 && year <= 2100)) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** `1,234.50`, `$1234.5`, `€ 99` as a number; null when it is not an amount. */
export function parseSpendAmount(text: string): number | null {
  const s = text.trim().replace(/^[^\d.-]+|[^\d.]+$/g, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** The file's text (exported for the costs file); a missing or unreadable path, a folder or a device (which would be read forever) is refused. */
export function readSmallFile(path: string, file: string): string {
  let size: number;
  let text: string;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
    text = size > MAX_BYTES ? '' : readFileSync(path, 'utf8');
  } catch {
    throw new AppError('bad_file', `${file}: the file cannot be read (${path}).`, { messageKey: 'imports:errors.unreadable', params: { file, path }, file });
  }
  if (size > MAX_BYTES) fail(file, undefined, undefined, 'is larger than 5 MB; a spend file has one row per month and channel', 'tooLarge');
  return text;
}

/** Reads a `month,channel,spend` file the owner made in a spreadsheet; any bad cell stops it with its line and column. */
export function readSpendCsv(path: string): SpendEntry[] {
  const file = basename(path);
  const text = readSmallFile(path, file).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const [header, ...rows] = parsed.data;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(REQUIRED.map((name) => [name, names.indexOf(name)])) as Record<(typeof REQUIRED)[number], number>;
  const missing = REQUIRED.filter((name) => index[name] < 0);
  if (missing.length > 0) fail(file, 1, undefined, `is not a spend file: expected the columns month,channel,spend (missing ${missing.join(', ')})`, 'notSpendFile', { missing: missing.join(', ') });
  const totals = new Map<string, SpendEntry>();
  rows.forEach((row, i) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const line = i + 2;
    const month = parseSpendMonth(row[index.month] ?? '');
    if (!month) fail(file, line, 'month', `"${row[index.month] ?? ''}" is not a month (use 2025-03)`, 'badMonth', { value: row[index.month] ?? '' });
    const channel = (row[index.channel] ?? '').trim();
    if (channel === '' || channel.length > 80) fail(file, line, 'channel', 'a channel name (1 to 80 characters) is needed', 'badChannel');
    if (RESERVED_CHANNELS.includes(channel.toLowerCase())) fail(file, line, 'channel', `"${channel}" is used by Regulars itself: choose another channel name`, 'reservedChannel', { value: channel });
    const spend = parseSpendAmount(row[index.spend] ?? '');
    if (spend === null || spend < 0) fail(file, line, 'spend', `"${row[index.spend] ?? ''}" is not an amount of money`, 'badAmount', { value: row[index.spend] ?? '' });
    const key = `${month}\u0000${channel}`;
    const entry = totals.get(key) ?? { month, channel, spend: 0 };
    entry.spend += spend;
    totals.set(key, entry);
  });
  return [...totals.values()];
}
