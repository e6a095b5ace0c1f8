import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { dayNumber, isoDayOf } from '../engine/days.ts';
import { liftWindows } from '../../shared/domain/campaigns.ts';

export const DEFAULT_HOLDOUT_PERCENT = 10;

/**
 * Whether a customer belongs to an audience's holdout group. The draw is a SHA-256 hash of
 * `seed:customerId` read as a number in [0, 1), where the seed is the audience's identity
 * (`audienceSeed`), never a campaign's: every export of one audience splits the same way, so a person
 * held out of one export is held out of the next, and a larger percentage holds out the same people
 * and more. Different audiences split independently.
 */
export function inHoldout(seed: string, customerId: number, holdoutPercent: number): boolean {
  if (holdoutPercent <= 0) return false;
  const digest = createHash('sha256').update(`${seed}:${customerId}`).digest();
  const draw = digest.readUIntBE(0, 6) / 2 ** 48;
  return draw < holdoutPercent / 100;
}

/** The identity of an audience the holdout is drawn from: its kind and key (stage id, suggestion id, segment name, ...). */
export function audienceSeed(kind: string, key: string): string {
  return `${kind}:${key}`;
}

/**
 * Customers held out of an earlier export of the same audience whose lift is still being measured (its
 * campaign date less than the longest lift window before `campaignDate`): they stay held out, whatever
 * the percentage of the new export.
 */
export function heldOutEarlier(db: Db, kind: string, key: string, campaignDate: string): Set<number> {
  const since = isoDayOf(dayNumber(campaignDate) - Math.max(...liftWindows));
  const ids = db
    .prepare(
      `SELECT DISTINCT coalesce(c.merged_into, c.id)
         FROM campaigns k JOIN campaign_members cm ON cm.campaign_id = k.id JOIN customers c ON c.id = cm.customer_id
        WHERE k.audience_kind = ? AND k.audience_key = ? AND k.campaign_day > ? AND k.campaign_day <= ? AND cm.in_holdout = 1`,
    )
    .pluck()
    .all(kind, key, since, campaignDate) as number[];
  return new Set(ids);
}

/** Splits items into those to export and the holdout, keeping their order; `keep` are held out whatever the draw. */
export function splitHoldout<T>(items: readonly T[], customerIdOf: (item: T) => number, seed: string, holdoutPercent: number, keep: ReadonlySet<number> = new Set()): { exported: T[]; holdout: T[] } {
  const exported: T[] = [];
  const holdout: T[] = [];
  for (const item of items) {
    const id = customerIdOf(item);
    (keep.has(id) || inHoldout(seed, id, holdoutPercent) ? holdout : exported).push(item);
  }
  return { exported, holdout };
}
