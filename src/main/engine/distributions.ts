import { median, nearestRank } from './percentiles.ts';
import type { Distribution } from '../../shared/domain/lifecycle.ts';

const MAX_BUCKETS = 60;

/** Percentiles and a histogram of day counts (sorted ascending). */
export function describeDays(sorted: Float64Array): Distribution {
  const count = sorted.length;
  const p90 = nearestRank(sorted, 0.9);
  const bucketDays = p90 !== null && p90 > 364 ? 30 : 7;
  const histogram: number[] = [];
  if (count > 0) {
    const buckets = Math.min(MAX_BUCKETS, Math.floor(sorted[count - 1] / bucketDays) + 1);
    for (let b = 0; b < buckets; b += 1) histogram.push(0);
    for (let k = 0; k < count; k += 1) histogram[Math.min(buckets - 1, Math.floor(sorted[k] / bucketDays))] += 1;
  }
  let sum = 0;
  for (let k = 0; k < count; k += 1) sum += sorted[k];
  return {
    count,
    median: median(sorted),
    p10: nearestRank(sorted, 0.1),
    p25: nearestRank(sorted, 0.25),
    p75: nearestRank(sorted, 0.75),
    p90,
    mean: count ? sum / count : null,
    bucketDays,
    histogram,
  };
}
