import { statSync } from 'node:fs';

/** The calendar day of an instant on this computer's clock, as YYYY-MM-DD. */
export function localDay(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/**
 * The first day a file is evidence of the people in it (docs/counting.md, "Known from"): the day it is
 * imported, or the day the file was last written when that is earlier (an export downloaded last week).
 */
export function evidenceDay(path: string, now: Date = new Date()): string {
  const today = localDay(now);
  try {
    const written = localDay(statSync(path).mtime);
    return written < today ? written : today;
  } catch {
    return today;
  }
}
