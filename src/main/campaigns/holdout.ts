import { createHash } from 'node:crypto';

export const DEFAULT_HOLDOUT_PERCENT = 10;

/**
 * Whether a customer belongs to a campaign's holdout group. The draw is a SHA-256 hash of
 * `campaignId:customerId` read as a number in [0, 1): the same campaign always splits the same way
 * (so the split can be reproduced and checked), different campaigns split independently.
 */
export function inHoldout(campaignId: string, customerId: number, holdoutPercent: number): boolean {
  if (holdoutPercent <= 0) return false;
  const digest = createHash('sha256').update(`${campaignId}:${customerId}`).digest();
  const draw = digest.readUIntBE(0, 6) / 2 ** 48;
  return draw < holdoutPercent / 100;
}

/** Splits items into those to export and the holdout, keeping their order. */
export function splitHoldout<T>(items: readonly T[], customerIdOf: (item: T) => number, campaignId: string, holdoutPercent: number): { exported: T[]; holdout: T[] } {
  const exported: T[] = [];
  const holdout: T[] = [];
  for (const item of items) (inHoldout(campaignId, customerIdOf(item), holdoutPercent) ? holdout : exported).push(item);
  return { exported, holdout };
}
