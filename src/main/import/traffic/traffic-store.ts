import type { Db } from '../../db/connection.ts';
import type { TrafficRow } from './traffic-file.ts';

export interface TrafficWrite {
  /** Days (or months) written. */
  periods: number;
  /** Of those, how many replaced a figure stored before, plus monthly figures a daily report replaced and days a monthly one did. */
  replaced: number;
  sessions: number;
  first: string;
  last: string;
}

/**
 * Stores a report's rows (one transaction is the caller's). A month has either daily figures or one
 * monthly figure: a day replaces the day stored before and the monthly figure of its month; a month
 * replaces its monthly figure and every day stored of it. So importing overlapping reports again never
 * counts a day twice.
 */
export function writeTraffic(db: Db, rows: readonly TrafficRow[], importId: number): TrafficWrite {
  const removeExact = db.prepare('DELETE FROM traffic WHERE period = ?');
  const removeDaysOf = db.prepare("DELETE FROM traffic WHERE period LIKE ? || '-__'");
  const insert = db.prepare(
    'INSERT INTO traffic (period, sessions, visitors, added_to_cart, reached_checkout, converted_sessions, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  let replaced = 0;
  let sessions = 0;
  for (const row of rows) {
    replaced += removeExact.run(row.period).changes;
    if (row.period.length === 7) replaced += removeDaysOf.run(row.period).changes;
    else replaced += removeExact.run(row.period.slice(0, 7)).changes;
    insert.run(row.period, row.sessions, row.visitors, row.addedToCart, row.reachedCheckout, row.convertedSessions, importId);
    sessions += row.sessions;
  }
  const periods = rows.map((row) => row.period).sort();
  return { periods: rows.length, replaced, sessions, first: periods[0] ?? '', last: periods[periods.length - 1] ?? '' };
}

/** Sessions and covered days of a month (`YYYY-MM`); a monthly figure covers its whole month. */
export interface TrafficMonth {
  month: string;
  sessions: number;
  /** Days with a daily figure; null when the month has a monthly figure. */
  days: number | null;
}

/** Per month, the stored figures up to a day (days after it are left out; a monthly figure counts when its month has begun). */
export function trafficByMonth(db: Db, upTo: string): TrafficMonth[] {
  return db
    .prepare(
      `SELECT substr(period, 1, 7) AS month, sum(sessions) AS sessions,
              CASE WHEN max(length(period)) = 7 THEN NULL ELSE count(*) END AS days
         FROM traffic
        WHERE (length(period) = 10 AND period <= @upTo) OR (length(period) = 7 AND period <= substr(@upTo, 1, 7))
        GROUP BY month ORDER BY month`,
    )
    .all({ upTo }) as TrafficMonth[];
}

/** What the stored reports hold, whatever the as-of day; null when no report was imported. */
export function trafficExtent(db: Db): { first: string; last: string; periods: number; sessions: number } | null {
  const row = db.prepare('SELECT min(period) AS first, max(period) AS last, count(*) AS periods, sum(sessions) AS sessions FROM traffic').get() as {
    first: string | null; last: string | null; periods: number; sessions: number | null;
  };
  return row.first === null || row.last === null ? null : { first: row.first, last: row.last, periods: row.periods, sessions: row.sessions ?? 0 };
}
