import type { EffectiveThresholds } from './thresholds.ts';
import { STAGES, STAGE_CAUSES, type Stage, type StageCause } from '../../shared/domain/lifecycle.ts';

/** Stage and cause codes are indexes into STAGES and STAGE_CAUSES, so results fit typed arrays. */
const stageCode = (s: Stage): number => STAGES.indexOf(s);
const causeCode = (c: StageCause): number => STAGE_CAUSES.indexOf(c);
export const PROSPECT = stageCode('prospect');
export const NEW = stageCode('new');
export const REPEAT = stageCode('repeat');
export const LOYAL = stageCode('loyal');
export const AT_RISK = stageCode('at_risk');
export const LAPSED = stageCode('lapsed');
export const REACTIVATED = stageCode('reactivated');
const FIRST_SEEN = causeCode('first_seen');
const PURCHASE = causeCode('purchase');
const WINDOW_PASSED = causeCode('window_passed');
const AT_RISK_PASSED = causeCode('at_risk_passed');
const LAPSE_PASSED = causeCode('lapse_passed');
const REACTIVATION_ENDED = causeCode('reactivation_ended');

/** A customer's position after their purchases so far. */
interface CustomerState {
  /** Purchase occasions so far. */
  n: number;
  last: number;
  /** Gaps between their occasions, ascending. */
  gaps: number[];
  /** >= 1: the at-risk and lapse thresholds are multiplied by it (customers with 3+ purchases and a slow rhythm). */
  scale: number;
  /** Last day of the reactivation window, -Infinity when not reactivated. */
  reactivatedUntil: number;
}

/**
 * For a customer with 3+ purchases whose own median gap is longer than the shop's rhythm, the
 * at-risk and lapse thresholds stretch with it: lapse becomes 2 x their median gap, at-risk keeps
 * its share of lapse.
 */
export function personalScale(sortedGaps: readonly number[], lapse: number): number {
  const n = sortedGaps.length;
  if (n < 2) return 1;
  const mid = n >> 1;
  const medianGap = n % 2 === 1 ? sortedGaps[mid] : (sortedGaps[mid - 1] + sortedGaps[mid]) / 2;
  return Math.max(1, (2 * medianGap) / lapse);
}

/** The personal scale of customer occasions days[a..b-1] (ascending), as the replay has it after them. */
export function customerScale(days: Int32Array, a: number, b: number, lapse: number): number {
  if (b - a < 3) return 1;
  const gaps: number[] = [];
  for (let k = a + 1; k < b; k += 1) gaps.push(days[k] - days[k - 1]);
  return personalScale(gaps.sort((x, y) => x - y), lapse);
}

/**
 * Days after the last purchase during which a customer keeps an active stage (new, repeat, loyal):
 * the second-purchase window for a one-time buyer, their (personal) at-risk threshold otherwise.
 */
export function activeDays(purchases: number, scale: number, t: EffectiveThresholds): number {
  return purchases === 1 ? t.window : Math.floor(t.atRisk * scale);
}

/** The stage rules (docs/lifecycle.md) on one day, for a customer whose purchases so far are in `s`. */
function classify(s: CustomerState, day: number, t: EffectiveThresholds): number {
  if (s.n === 0) return PROSPECT;
  if (day <= s.reactivatedUntil) return REACTIVATED;
  const sinceLast = day - s.last;
  if (sinceLast > t.lapse * s.scale) return LAPSED;
  if (s.n === 1) return sinceLast > t.window ? AT_RISK : NEW;
  if (sinceLast > t.atRisk * s.scale) return AT_RISK;
  return s.n >= t.loyal ? LOYAL : REPEAT;
}

/** Receives each stage change: the new stage, its first day and what caused it. */
export type StageSink = (stage: number, from: number, cause: number) => void;

/** One customer's replay in progress: their position, the stage last emitted and where stage changes go. */
interface Replay extends CustomerState {
  current: number;
  t: EffectiveThresholds;
  sink: StageSink;
}

function enter(r: Replay, stage: number, day: number, cause: number): void {
  if (stage === r.current) return;
  r.sink(stage, day, cause);
  r.current = stage;
}

function visit(r: Replay, day: number, from: number, to: number): void {
  if (day < from || day > to) return;
  const stage = classify(r, day, r.t);
  const cause =
    day === r.reactivatedUntil + 1 ? REACTIVATION_ENDED : stage === LAPSED ? LAPSE_PASSED : stage === AT_RISK ? (r.n === 1 ? WINDOW_PASSED : AT_RISK_PASSED) : REACTIVATION_ENDED;
  enter(r, stage, day, cause);
}

/** Examines, in day order, the days a threshold passes: the end of reactivation, then the two thresholds (first <= second). */
function passTime(r: Replay, from: number, to: number): void {
  const t = r.t;
  const reactivationEnd = r.reactivatedUntil + 1;
  const first = r.last + activeDays(r.n, r.scale, t) + 1;
  const second = r.n === 1 ? r.last + t.lapse + 1 : r.last + Math.floor(t.lapse * r.scale) + 1;
  if (reactivationEnd <= first) visit(r, reactivationEnd, from, to);
  visit(r, first, from, to);
  if (reactivationEnd > first && reactivationEnd <= second) visit(r, reactivationEnd, from, to);
  visit(r, second, from, to);
  if (reactivationEnd > second) visit(r, reactivationEnd, from, to);
}

/**
 * Replays one customer's purchase occasions (days[a..b-1], ascending) from the day they became
 * known to `asOf` (later occasions are ignored), emitting every stage change in order. Between purchases only the threshold
 * passings can change the stage, so just those days are examined. Returns the stage on `asOf`
 * (-1 when the customer is not known yet).
 */
export function replayCustomer(days: Int32Array, a: number, b: number, knownFrom: number, asOf: number, t: EffectiveThresholds, sink: StageSink): number {
  if (knownFrom > asOf) return -1;
  while (b > a && days[b - 1] > asOf) b -= 1;
  const r: Replay = { n: 0, last: 0, gaps: [], scale: 1, reactivatedUntil: Number.NEGATIVE_INFINITY, current: -1, t, sink };
  if (a === b || knownFrom < days[a]) enter(r, PROSPECT, knownFrom, FIRST_SEEN);
  for (let k = a; k < b; k += 1) {
    const day = days[k];
    let wasLapsed = false;
    if (r.n > 0) {
      passTime(r, r.last + 1, day - 1);
      wasLapsed = classify(r, day - 1, t) === LAPSED;
      insertSorted(r.gaps, day - r.last);
      r.scale = personalScale(r.gaps, t.lapse);
    }
    r.n += 1;
    r.last = day;
    if (wasLapsed) r.reactivatedUntil = day + t.reactivation;
    enter(r, classify(r, day, t), day, PURCHASE);
  }
  if (r.n > 0) passTime(r, r.last + 1, asOf);
  return r.current;
}

function insertSorted(values: number[], value: number): void {
  let i = values.length;
  values.push(value);
  while (i > 0 && values[i - 1] > value) {
    values[i] = values[i - 1];
    i -= 1;
  }
  values[i] = value;
}
