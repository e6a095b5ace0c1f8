import type { Db } from '../db/connection.ts';
import { latestOrderDay } from './shop-history.ts';

/** The as-of day of the current view: the user's choice, else the latest imported order day, else today. */
export function currentAsOf(db: Db, chosen: string | null): { asOf: string; latestOrderDay: string | null } {
  const latest = latestOrderDay(db);
  return { asOf: chosen ?? latest ?? new Date().toISOString().slice(0, 10), latestOrderDay: latest };
}
