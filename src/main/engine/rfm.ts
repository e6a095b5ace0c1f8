import { RFM_SEGMENTS, type RfmSegment } from '../../shared/domain/lifecycle.ts';

/**
 * Quintile scores 1-5 by rank: a value's score is 1 + floor(5 x rank / N), where rank is the
 * 0-based position of the first of its equal values in ascending order. Equal values share a
 * score (the lowest of their group), so a crowd of equal values never splits arbitrarily: every
 * one-time buyer gets F = 1. Entries with `include[i] = 0` get score 0.
 */
export function quintileScores(values: Float64Array, include: Uint8Array): Uint8Array {
  let n = 0;
  for (let i = 0; i < values.length; i += 1) n += include[i];
  const sorted = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i += 1) if (include[i]) sorted[k++] = values[i];
  sorted.sort();
  // A value's rank is at least r = ceil(k x N / 5) exactly when it exceeds the r-th smallest value,
  // so its score is 1 plus the number of these four cut values below it (no search per value).
  const cuts = n === 0 ? [] : [1, 2, 3, 4].map((k) => sorted[Math.ceil((k * n) / 5) - 1]);
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    if (!include[i]) continue;
    const v = values[i];
    scores[i] = 1 + (v > cuts[0] ? 1 : 0) + (v > cuts[1] ? 1 : 0) + (v > cuts[2] ? 1 : 0) + (v > cuts[3] ? 1 : 0);
  }
  return scores;
}

/** The named segments of the R x F grid, rows F = 5..1, columns R = 1..5 (docs/lifecycle.md, "RFM"). */
const GRID: readonly (readonly RfmSegment[])[] = [
  ['cant_lose', 'cant_lose', 'loyal_customers', 'loyal_customers', 'champions'],
  ['at_risk', 'at_risk', 'loyal_customers', 'loyal_customers', 'champions'],
  ['at_risk', 'at_risk', 'need_attention', 'potential_loyalist', 'potential_loyalist'],
  ['hibernating', 'hibernating', 'about_to_sleep', 'potential_loyalist', 'potential_loyalist'],
  ['hibernating', 'hibernating', 'about_to_sleep', 'promising', 'new_customers'],
];

export function rfmSegment(r: number, f: number): RfmSegment {
  return GRID[5 - f][r - 1];
}

export const segmentCode = (segment: RfmSegment): number => RFM_SEGMENTS.indexOf(segment);

export interface RfmResult {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** Index into RFM_SEGMENTS, 255 for customers without purchases. */
  segment: Uint8Array;
}

/** R (recency, most recent = 5), F (purchase occasions) and M (net value) for the buyers. */
export function scoreRfm(daysSinceLast: Float64Array, occasions: Float64Array, netCents: Float64Array, isBuyer: Uint8Array): RfmResult {
  const negRecency = daysSinceLast.map((d) => -d);
  const r = quintileScores(negRecency, isBuyer);
  const f = quintileScores(occasions, isBuyer);
  const m = quintileScores(netCents, isBuyer);
  const segment = new Uint8Array(isBuyer.length).fill(255);
  for (let i = 0; i < isBuyer.length; i += 1) if (isBuyer[i]) segment[i] = segmentCode(rfmSegment(r[i], f[i]));
  return { r, f, m, segment };
}

/** Top 5% of buyers by net spend: the cut-off is the net value of the customer at rank ceil(5% x N). */
export function vipCutoff(netCents: Float64Array, isBuyer: Uint8Array, share = 0.05): number | null {
  let n = 0;
  for (let i = 0; i < isBuyer.length; i += 1) n += isBuyer[i];
  if (n === 0) return null;
  // Ascending in a typed array (a numeric sort without a comparator); rank k from the top is n - k.
  const values = new Float64Array(n);
  for (let i = 0, k = 0; i < netCents.length; i += 1) if (isBuyer[i]) values[k++] = netCents[i];
  values.sort();
  const cutoff = values[n - Math.max(1, Math.ceil(share * n))];
  return cutoff > 0 ? cutoff : null;
}
