/**
 * Nearest-rank percentile of ascending sorted values: the smallest value v such that at least
 * p of the values are <= v. That is what a sentence like "75% of your customers who came back did
 * so within 62 days" states, and it is always one of the observed values.
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** The conventional median (mean of the two middle values for an even count) of ascending sorted values. */
export function median(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
