import { AT_RISK, LAPSED } from './stage-rules.ts';
import { RFM_SEGMENTS, type RfmMethod, type RfmSegment } from '../../shared/domain/lifecycle.ts';

/**
 * RFM scores that never contradict the stages (docs/lifecycle.md, "RFM"):
 *  - R (recency) follows the shop's own rhythm: 1 = lapsed, 2 = at risk, and a customer in an active
 *    stage gets 5, 4 or 3 for the first, second or last third of their active time (the
 *    second-purchase window for one-time buyers, their at-risk threshold for repeat buyers);
 *  - F (frequency): 1 = one purchase; the customers who bought more than once are split into F2..F5,
 *    groups of whole purchase counts as equal in size as ties allow (balancedScores);
 *  - M (monetary, net spend): five such groups.
 * More of anything never gives a lower score, and every score is used whenever there are enough
 * distinct values (five for M, four purchase counts above one for F).
 */

/** Score groups; a value's score is 1 + the number of group starts at or below it. */
const SCORES = 5;

/**
 * Scores 1..groups for the included values: equal values share a score, scores rise with the value,
 * and the groups are as equal in size as ties allow. With at most `groups` distinct values each
 * value is a group of its own (scores 1..d); with more, every score is used. `starts` is the lowest
 * value of each group (empty groups have none).
 */
export function balancedScores(values: Float64Array, include: Uint8Array, groups: number): { scores: Uint8Array; starts: number[] } {
  let n = 0;
  for (let i = 0; i < values.length; i += 1) n += include[i];
  const sorted = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i += 1) if (include[i]) sorted[k++] = values[i];
  sorted.sort();
  // Distinct values and the number of values below each of them.
  const distinct: number[] = [];
  const below: number[] = [];
  for (let k = 0; k < n; k += 1) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) {
      distinct.push(sorted[k]);
      below.push(k);
    }
  }
  const d = distinct.length;
  // starts[g]: index into `distinct` where group g begins (group 0 begins at 0).
  const startIndex: number[] = [0];
  if (d <= groups) {
    for (let g = 1; g < d; g += 1) startIndex.push(g);
  } else {
    // Each boundary at the distinct value whose count of smaller values is nearest to g/groups of all...
    for (let g = 1; g < groups; g += 1) startIndex.push(nearestBoundary(below, (g * n) / groups));
    // ...then moved apart so that every group holds at least one distinct value.
    for (let g = 1; g < groups; g += 1) startIndex[g] = Math.max(startIndex[g], startIndex[g - 1] + 1);
    for (let g = groups - 1; g >= 1; g -= 1) startIndex[g] = Math.min(startIndex[g], (g === groups - 1 ? d : startIndex[g + 1]) - 1);
  }
  const starts = startIndex.map((j) => distinct[j]);
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    if (!include[i]) continue;
    let score = 1;
    while (score < starts.length && values[i] >= starts[score]) score += 1;
    scores[i] = score;
  }
  return { scores, starts };
}

/** Index j in 1..below.length-1 whose below[j] is nearest to `target` (below is ascending). */
function nearestBoundary(below: number[], target: number): number {
  let lo = 1;
  let hi = below.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo > 1 && target - below[lo - 1] <= below[lo] - target ? lo - 1 : lo;
}

/** F: one purchase is F1; buyers with more purchases are split into F2..F5. */
function frequencyScores(occasions: Float64Array, isBuyer: Uint8Array): { scores: Uint8Array; from: (number | null)[] } {
  const repeat = Uint8Array.from(isBuyer, (b, i) => (b && occasions[i] > 1 ? 1 : 0));
  const { scores, starts } = balancedScores(occasions, repeat, SCORES - 1);
  let once = false;
  for (let i = 0; i < scores.length; i += 1) {
    if (repeat[i]) scores[i] += 1;
    else if (isBuyer[i]) {
      scores[i] = 1;
      once = true;
    }
  }
  return { scores, from: [once ? 1 : null, ...padded(starts, SCORES - 1)] };
}

const padded = (starts: number[], length: number): (number | null)[] => Array.from({ length }, (_, g) => starts[g] ?? null);

/** R from the stage and the share of the active time that has passed since the last purchase. */
export function recencyScore(stage: number, activeShareElapsed: number): number {
  if (stage === LAPSED) return 1;
  if (stage === AT_RISK) return 2;
  return activeShareElapsed <= 1 / 3 ? 5 : activeShareElapsed <= 2 / 3 ? 4 : 3;
}

/**
 * The named segments of the R x F grid, rows F = 5..1, columns R = 1..5 (docs/lifecycle.md, "RFM"): the
 * common grid, with R = 1 (lapsed) never "At risk" (lapsed customers are past that) and R = 2
 * (at risk) with one or two purchases "About to sleep", so no name contradicts the stage.
 */
const GRID: readonly (readonly RfmSegment[])[] = [
  ['cant_lose', 'cant_lose', 'loyal_customers', 'loyal_customers', 'champions'],
  ['hibernating', 'at_risk', 'loyal_customers', 'loyal_customers', 'champions'],
  ['hibernating', 'at_risk', 'need_attention', 'potential_loyalist', 'potential_loyalist'],
  ['hibernating', 'about_to_sleep', 'about_to_sleep', 'potential_loyalist', 'potential_loyalist'],
  ['hibernating', 'about_to_sleep', 'about_to_sleep', 'promising', 'new_customers'],
];

export function rfmSegment(r: number, f: number): RfmSegment {
  return GRID[5 - f][r - 1];
}

export const segmentCode = (segment: RfmSegment): number => RFM_SEGMENTS.indexOf(segment);

/** Segment code when segments are withheld, and for customers without purchases. */
export const NO_SEGMENT = 255;

export interface RfmResult {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** Index into RFM_SEGMENTS; NO_SEGMENT for customers without purchases and while segments are withheld. */
  segment: Uint8Array;
  method: RfmMethod;
}

export interface RfmInputs {
  /** Stage code on the as-of day per customer (-1: not known yet). */
  stage: Int8Array;
  /** Days since the last purchase divided by the customer's active days (stage-rules.ts activeDays). */
  activeShareElapsed: Float64Array;
  occasions: Float64Array;
  netCents: Float64Array;
  isBuyer: Uint8Array;
  /** Days from the shop's first order to the as-of day, and the second-purchase window. */
  historyDays: number;
  windowDays: number;
}

/** Why the segments are withheld, or null when they are named. */
function withheld(input: RfmInputs, f: Uint8Array): RfmMethod['withheld'] {
  if (!input.isBuyer.includes(1)) return 'noBuyers';
  if (input.historyDays < input.windowDays) return 'young';
  return f.some((score) => score > 1) ? null : 'noRepeat';
}

export function scoreRfm(input: RfmInputs): RfmResult {
  const { isBuyer } = input;
  const n = isBuyer.length;
  const r = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) if (isBuyer[i]) r[i] = recencyScore(input.stage[i], input.activeShareElapsed[i]);
  const frequency = frequencyScores(input.occasions, isBuyer);
  const monetary = balancedScores(input.netCents, isBuyer, SCORES);
  const f = frequency.scores;
  const reason = withheld(input, f);
  const segment = new Uint8Array(n).fill(NO_SEGMENT);
  if (reason === null) for (let i = 0; i < n; i += 1) if (isBuyer[i]) segment[i] = segmentCode(rfmSegment(r[i], f[i]));
  return {
    r,
    f,
    m: monetary.scores,
    segment,
    method: {
      withheld: reason,
      historyDays: input.historyDays,
      windowDays: input.windowDays,
      frequencyFrom: frequency.from,
      monetaryFrom: padded(monetary.starts, SCORES).map((cents) => (cents === null ? null : cents / 100)),
    },
  };
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
