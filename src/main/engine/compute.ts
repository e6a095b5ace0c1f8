import type { ShopHistory } from './shop-history.ts';
import { deriveThresholds, effective, thresholdInputs, type EffectiveThresholds } from './thresholds.ts';
import { buildJourneys, medianDaysInStage, periodEnds, stageCountsOn, type Granularity, type Journeys } from './journeys.ts';
import { scoreRfm, vipCutoff, type RfmResult } from './rfm.ts';
import { frequencyRecencyOf, type FrequencyRecency } from './frequency-recency.ts';
import { activeDays, customerScale } from './stage-rules.ts';
import { simpleClv } from './simple-clv.ts';
import { describeDays } from './distributions.ts';
import { MonthTable, monthCohorts } from './cohorts.ts';
import { isoMonthOf } from './days.ts';
import type { CohortRow, Distribution, SimpleClv, StageConversion, ThresholdOverrides, Thresholds } from '../../shared/domain/lifecycle.ts';

export interface StageSeries {
  days: number[];
  /** counts[p][stage] on days[p]. */
  counts: number[][];
}

/** Everything the engine derives from a shop's history as of one day, in memory. */
export interface LifecycleResult {
  history: ShopHistory;
  frequencyRecency: FrequencyRecency;
  thresholds: Thresholds;
  rules: EffectiveThresholds;
  journeys: Journeys;
  rfm: RfmResult;
  vipCutoffCents: number | null;
  vip: Uint8Array;
  simpleClv: SimpleClv;
  months: MonthTable;
  monthCohorts: CohortRow[];
  firstToSecond: Distribution;
  laterGaps: Distribution;
  conversions: StageConversion[];
  medianDaysInStage: (number | null)[];
  series: Record<Granularity, StageSeries>;
}

/**
 * Thresholds, stages and journeys, RFM, VIP, cohorts and timing in one pass over the history.
 * `ruler`: thresholds to use instead of deriving them from this history. A day before the current
 * view is measured with the current view's thresholds, the ruler every historical view shares
 * (docs/lifecycle.md, "One ruler for the past").
 */
export function computeLifecycle(history: ShopHistory, overrides: ThresholdOverrides, ruler?: Thresholds): LifecycleResult {
  const inputs = thresholdInputs(history);
  // On a month's last day the thresholds' data end is the as-of day itself: the same inputs.
  const timingInputs = inputs.upTo === history.asOf ? inputs : thresholdInputs(history, history.asOf);
  const thresholds = ruler ?? deriveThresholds(inputs, overrides);
  const rules = effective(thresholds);
  const journeys = buildJourneys(history, rules);
  const frequencyRecency = frequencyRecencyOf(history);
  const n = history.customerIds.length;

  const activeShareElapsed = new Float64Array(n);
  const occasions = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const a = history.start[i];
    const b = history.start[i + 1];
    occasions[i] = b - a;
    if (b > a) activeShareElapsed[i] = (history.asOf - history.day[b - 1]) / activeDays(b - a, customerScale(history.day, a, b, rules.lapse), rules);
  }
  const rfm = scoreRfm({
    stage: journeys.current,
    activeShareElapsed,
    occasions,
    netCents: frequencyRecency.netCents,
    isBuyer: frequencyRecency.buyer,
    historyDays: n ? history.asOf - history.shopStart : 0,
    windowDays: rules.window,
  });
  const cutoff = vipCutoff(frequencyRecency.netCents, frequencyRecency.buyer);
  const vip = new Uint8Array(n);
  if (cutoff !== null) for (let i = 0; i < n; i += 1) vip[i] = frequencyRecency.buyer[i] && frequencyRecency.netCents[i] >= cutoff ? 1 : 0;

  const months = new MonthTable(Math.min(history.shopStart, history.asOf), history.asOf);
  // Gaps after the second occasion: at most one per occasion, filled in place, then cut and sorted.
  const laterGaps = new Float64Array(history.day.length);
  let laterGapCount = 0;
  const conversionsByMonth = new Map<number, StageConversion>();
  for (let i = 0; i < n; i += 1) {
    const a = history.start[i];
    const b = history.start[i + 1];
    if (a === b) continue;
    for (let k = a + 2; k < b; k += 1) laterGaps[laterGapCount++] = history.day[k] - history.day[k - 1];
    const month = months.of(history.day[a]);
    let c = conversionsByMonth.get(month);
    if (!c) {
      c = { cohort: isoMonthOf(month), customers: 0, reachedRepeat: 0, reachedLoyal: 0 };
      conversionsByMonth.set(month, c);
    }
    c.customers += 1;
    if (b - a >= 2) c.reachedRepeat += 1;
    if (b - a >= rules.loyal) c.reachedLoyal += 1;
  }
  const first = n ? Math.min(history.shopStart, history.asOf) : history.asOf;
  const series = {} as Record<Granularity, StageSeries>;
  for (const granularity of ['week', 'month'] as const) {
    const days = periodEnds(first, history.asOf, granularity);
    series[granularity] = { days, counts: stageCountsOn(journeys, days) };
  }
  return {
    history,
    frequencyRecency,
    thresholds,
    rules,
    journeys,
    rfm,
    vipCutoffCents: cutoff,
    vip,
    simpleClv: simpleClv(history),
    months,
    monthCohorts: monthCohorts(history, months),
    firstToSecond: describeDays(timingInputs.firstToSecond),
    laterGaps: describeDays(laterGaps.subarray(0, laterGapCount).sort()),
    conversions: [...conversionsByMonth.values()].sort((x, y) => x.cohort.localeCompare(y.cohort)),
    medianDaysInStage: medianDaysInStage(journeys),
    series,
  };
}
