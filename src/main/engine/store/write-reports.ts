import type { RecomputeRun, RecomputeStep } from './run.ts';
import { buildCohorts } from '../cohorts.ts';
import { STAGES, type CohortDimension, type CohortRow, type JourneyStats, type Stage } from '../../../shared/domain/lifecycle.ts';

/** Cohorts by a first-order attribute keep the largest groups only. */
export const COHORT_KEY_LIMIT = 30;

export function writeReport(run: RecomputeRun, name: string, value: unknown): void {
  run.db.prepare('INSERT OR REPLACE INTO lifecycle_reports (name, json) VALUES (?, ?)').run(name, JSON.stringify(value));
}

/** Index of a customer id in the history (ids are ascending), -1 when absent. */
function indexOf(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return mid;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Cohorts (by first month, first product, first discount code, channel), timing and journey statistics. */
export const writeReports: RecomputeStep = {
  name: 'reports',
  run(run) {
    const { result } = run;
    const { history } = result;
    const n = history.customerIds.length;
    const attributes = { product: new Array<string | null>(n).fill(null), discount: new Array<string | null>(n).fill(null), channel: new Array<string | null>(n).fill(null) };
    const rows = run.db.prepare('SELECT customer_id, first_product, first_discount, first_channel FROM lifecycle_customers WHERE first_order_id IS NOT NULL').raw().iterate() as IterableIterator<[number, string | null, string | null, string | null]>;
    for (const [id, product, discount, channel] of rows) {
      const i = indexOf(history.customerIds, id);
      if (i < 0) continue;
      attributes.product[i] = product;
      attributes.discount[i] = discount;
      attributes.channel[i] = channel;
    }
    const cohorts: Record<CohortDimension, CohortRow[]> = {
      month: result.monthCohorts,
      product: buildCohorts(history, result.months, (i) => attributes.product[i], COHORT_KEY_LIMIT),
      discount: buildCohorts(history, result.months, (i) => attributes.discount[i], COHORT_KEY_LIMIT),
      channel: buildCohorts(history, result.months, (i) => attributes.channel[i], COHORT_KEY_LIMIT),
    };
    for (const [dimension, value] of Object.entries(cohorts)) writeReport(run, `cohorts.${dimension}`, value);
    writeReport(run, 'timing', { firstToSecond: result.firstToSecond, laterGaps: result.laterGaps });
    const stats: JourneyStats = {
      conversions: result.conversions,
      medianDaysInStage: Object.fromEntries(STAGES.map((s, i) => [s, result.medianDaysInStage[i]])) as Record<Stage, number | null>,
    };
    writeReport(run, 'journeyStats', stats);

    run.db.exec('DELETE FROM lifecycle_stage_counts');
    const insert = run.db.prepare('INSERT INTO lifecycle_stage_counts (granularity, day, stage, customers) VALUES (?, ?, ?, ?)');
    for (const [granularity, series] of Object.entries(result.series)) {
      series.days.forEach((day, p) => {
        STAGES.forEach((stage, s) => insert.run(granularity, run.days.iso(day), stage, series.counts[p][s]));
      });
    }
  },
};
