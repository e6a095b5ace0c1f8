import type { ShopHistory } from './shop-history.ts';
import type { EffectiveThresholds } from './thresholds.ts';
import { replayCustomer } from './stage-rules.ts';
import { monthEndDay, monthIndexOf, weekEndDay } from './days.ts';
import { median } from './percentiles.ts';
import { STAGES } from '../../shared/domain/lifecycle.ts';

/**
 * Every customer's stage history as intervals, in typed arrays. Interval j belongs to customer
 * `customer[j]` (an index into the history), covers days from[j]..to[j] (to = asOf for the stage the
 * customer is still in, flagged by `open`), and intervals of one customer are consecutive.
 */
export interface Journeys {
  length: number;
  customer: Int32Array;
  stage: Uint8Array;
  from: Int32Array;
  to: Int32Array;
  cause: Uint8Array;
  /** Offsets per customer into the interval arrays (length customers + 1). */
  startOf: Int32Array;
  /** Stage on asOf per customer (-1: not known yet). */
  current: Int8Array;
  /** First day of the current stage. */
  since: Int32Array;
}

class Growable {
  customer: Int32Array;
  stage: Uint8Array;
  from: Int32Array;
  cause: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.customer = new Int32Array(capacity);
    this.stage = new Uint8Array(capacity);
    this.from = new Int32Array(capacity);
    this.cause = new Uint8Array(capacity);
  }

  push(customer: number, stage: number, from: number, cause: number): void {
    if (this.length === this.customer.length) this.grow();
    const i = this.length;
    this.customer[i] = customer;
    this.stage[i] = stage;
    this.from[i] = from;
    this.cause[i] = cause;
    this.length = i + 1;
  }

  private grow(): void {
    const size = this.customer.length * 2;
    const c = new Int32Array(size);
    c.set(this.customer);
    this.customer = c;
    const s = new Uint8Array(size);
    s.set(this.stage);
    this.stage = s;
    const f = new Int32Array(size);
    f.set(this.from);
    this.from = f;
    const k = new Uint8Array(size);
    k.set(this.cause);
    this.cause = k;
  }
}

/** Replays every customer through time up to the history's as-of day. */
export function buildJourneys(history: ShopHistory, t: EffectiveThresholds): Journeys {
  const n = history.customerIds.length;
  // Room for a first stay per customer and two stage changes per purchase occasion: enough for most shops without growing.
  const out = new Growable(Math.max(1024, n + 2 * history.day.length));
  const startOf = new Int32Array(n + 1);
  const current = new Int8Array(n);
  const since = new Int32Array(n);
  let customer = 0;
  const sink = (stage: number, from: number, cause: number) => out.push(customer, stage, from, cause);
  for (let i = 0; i < n; i += 1) {
    customer = i;
    startOf[i] = out.length;
    current[i] = replayCustomer(history.day, history.start[i], history.start[i + 1], history.knownFrom[i], history.asOf, t, sink);
    since[i] = out.length > startOf[i] ? out.from[out.length - 1] : history.asOf;
  }
  startOf[n] = out.length;
  const length = out.length;
  const to = new Int32Array(length);
  for (let j = 0; j < length; j += 1) {
    const next = j + 1 < length && out.customer[j + 1] === out.customer[j] ? out.from[j + 1] - 1 : history.asOf;
    to[j] = next;
  }
  return {
    length,
    customer: out.customer.subarray(0, length),
    stage: out.stage.subarray(0, length),
    from: out.from.subarray(0, length),
    to,
    cause: out.cause.subarray(0, length),
    startOf,
    current,
    since,
  };
}

/** True when interval j is the stage the customer is still in on the as-of day. */
export function isOpen(j: Journeys, index: number): boolean {
  return index + 1 === j.length || j.customer[index + 1] !== j.customer[index];
}

export type Granularity = 'week' | 'month';

/** Sample days: the end of every week or month from `first` on, plus the as-of day itself as the last point. */
export function periodEnds(first: number, asOf: number, granularity: Granularity): number[] {
  const days: number[] = [];
  if (granularity === 'week') {
    for (let d = weekEndDay(first); d < asOf; d += 7) days.push(d);
  } else {
    for (let m = monthIndexOf(first); monthEndDay(m) < asOf; m += 1) days.push(monthEndDay(m));
  }
  days.push(asOf);
  return days;
}

/** Stage counts on each sample day (ascending), from the intervals: counts[p][stage]. */
export function stageCountsOn(journeys: Journeys, samples: readonly number[]): number[][] {
  if (samples.length === 0) return [];
  const diff = samples.map(() => new Array<number>(STAGES.length + 0).fill(0));
  diff.push(new Array<number>(STAGES.length).fill(0));
  // The index of the first sample day on or after each day, from a table over the sampled span.
  const firstDay = samples[0];
  const lastDay = samples[samples.length - 1];
  const atOrAfter = new Int32Array(Math.max(0, lastDay - firstDay + 1));
  for (let d = firstDay, p = 0; d <= lastDay; d += 1) {
    while (samples[p] < d) p += 1;
    atOrAfter[d - firstDay] = p;
  }
  const firstAtOrAfter = (day: number): number => (day <= firstDay ? 0 : day > lastDay ? samples.length : atOrAfter[day - firstDay]);
  for (let j = 0; j < journeys.length; j += 1) {
    const a = firstAtOrAfter(journeys.from[j]);
    const b = firstAtOrAfter(journeys.to[j] + 1);
    if (a >= b) continue;
    diff[a][journeys.stage[j]] += 1;
    diff[b][journeys.stage[j]] -= 1;
  }
  const counts: number[][] = [];
  const running = new Array<number>(STAGES.length).fill(0);
  for (let p = 0; p < samples.length; p += 1) {
    for (let s = 0; s < STAGES.length; s += 1) running[s] += diff[p][s];
    counts.push([...running]);
  }
  return counts;
}

/** Median length in days of the stays in each stage that have ended by the as-of day. */
export function medianDaysInStage(journeys: Journeys): (number | null)[] {
  // Counted first, so each stage's lengths fill one typed array in place.
  const counts = new Int32Array(STAGES.length);
  for (let j = 0; j < journeys.length; j += 1) if (!isOpen(journeys, j)) counts[journeys.stage[j]] += 1;
  const lengths = STAGES.map((_, s) => new Float64Array(counts[s]));
  counts.fill(0);
  for (let j = 0; j < journeys.length; j += 1) {
    if (isOpen(journeys, j)) continue;
    const s = journeys.stage[j];
    lengths[s][counts[s]++] = journeys.to[j] - journeys.from[j] + 1;
  }
  return lengths.map((l) => median(l.sort()));
}
