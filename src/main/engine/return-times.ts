/**
 * Kaplan–Meier estimate of the time from a customer's first purchase to their second, counting the
 * customers who have not come back yet as right-censored: each of them is still "at risk" of coming
 * back for as many days as have passed since their first purchase, and no longer. A young shop's
 * returners are then not the only ones who count, so its return times are not biased short
 * (docs/lifecycle.md).
 */
export interface ReturnCurve {
  /** Event days, ascending and distinct. */
  days: Float64Array;
  /** Estimated share of first-time buyers who have come back by each of those days. */
  returned: Float64Array;
}

/**
 * `returns`: days from the 1st to the 2nd purchase of the customers who came back (sorted);
 * `waiting`: days since the first purchase of those who have not (sorted). Censoring at a day
 * counts after the returns of that day, as usual.
 */
export function returnCurve(returns: ArrayLike<number>, waiting: ArrayLike<number>): ReturnCurve {
  const days: number[] = [];
  const returned: number[] = [];
  let atRisk = returns.length + waiting.length;
  let stillOnce = 1;
  let i = 0;
  let j = 0;
  while (i < returns.length) {
    const day = returns[i];
    while (j < waiting.length && waiting[j] < day) {
      atRisk -= 1;
      j += 1;
    }
    let events = 0;
    while (i < returns.length && returns[i] === day) {
      events += 1;
      i += 1;
    }
    stillOnce *= 1 - events / atRisk;
    atRisk -= events;
    days.push(day);
    returned.push(1 - stillOnce);
  }
  return { days: Float64Array.from(days), returned: Float64Array.from(returned) };
}

/** Estimated share of first-time buyers who come back within `horizon` days (0 without a return by then). */
export function returnedBy(curve: ReturnCurve, horizon: number): number {
  let share = 0;
  for (let k = 0; k < curve.days.length && curve.days[k] <= horizon; k += 1) share = curve.returned[k];
  return share;
}

/**
 * The smallest day by which a share `p` of the customers who come back within `horizon` days have
 * done so, or null when nobody came back within it. Without censoring before the horizon this is the
 * nearest-rank percentile of the observed return days (percentiles.ts).
 */
export function returnPercentile(curve: ReturnCurve, p: number, horizon: number): number | null {
  const total = returnedBy(curve, horizon);
  if (total === 0) return null;
  // A relative tolerance: the products above and p x total round differently in the last bits.
  const target = p * total * (1 - 1e-12);
  for (let k = 0; k < curve.days.length; k += 1) if (curve.returned[k] >= target) return curve.days[k];
  return null;
}
