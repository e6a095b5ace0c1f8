import type { Interval } from '../../shared/domain/campaigns.ts';

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** Wilson score interval for a proportion of `successes` out of `n` (Wilson 1927). */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval {
  if (n === 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Difference of two proportions p1 - p2 with Newcombe's hybrid score interval (Newcombe 1998, method 10),
 * built from the Wilson intervals of each proportion.
 */
export function newcombeDifference(successes1: number, n1: number, successes2: number, n2: number, z = Z95): { difference: number; interval: Interval } {
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  const w1 = wilsonInterval(successes1, n1, z);
  const w2 = wilsonInterval(successes2, n2, z);
  const difference = p1 - p2;
  return {
    difference,
    interval: {
      low: difference - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
      high: difference + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
    },
  };
}

function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

/** Difference of two means with a normal-approximation Welch 95% interval; null when a group has fewer than 2 values. */
export function welchDifference(values1: readonly number[], values2: readonly number[], z = Z95): { difference: number; interval: Interval } | null {
  if (values1.length < 2 || values2.length < 2) return null;
  const a = meanAndVariance(values1);
  const b = meanAndVariance(values2);
  const difference = a.mean - b.mean;
  const half = z * Math.sqrt(a.variance / values1.length + b.variance / values2.length);
  return { difference, interval: { low: difference - half, high: difference + half } };
}
