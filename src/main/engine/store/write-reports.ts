import type { RecomputeRun, RecomputeStep } from './recompute-step.ts';
import { buildCohorts } from '../cohorts.ts';
import { STAGES, type CohortDimension, type CohortRow, type JourneyStats, type Stage } from '../../../shared/domain/lifecycle.ts';

/** Cohorts by a first-order attribute keep the largest groups only. */
export const COHORT_KEY_LIMIT = 30;

export function writeReport(run: RecomputeRun, name: string, value: unknown): void {
  run.db.prepare('INSERT OR REPLACE INTO lifecycle_reports (name, json) VALUES (?, ?)').run(name, JSON.stringify(value));
}

/** The first order's product per customer (history index), as the customers step stored it. */
function storedFirstProducts(run: RecomputeRun): (string | null)[] {
  const ids = run.result.history.customerIds;
  // Ids and titles in two plain columns (both in id order, like the history's customers): no row objects.
  const product = new Array<string | null>(ids.length).fill(null);
  const withProduct = run.db.prepare('SELECT customer_id FROM lifecycle_customers WHERE first_product IS NOT NULL ORDER BY customer_id').pluck().all() as number[];
  const titles = run.db.prepare('SELECT first_product FROM lifecycle_customers WHERE first_product IS NOT NULL ORDER BY customer_id').pluck().all() as string[];
  let i = 0;
  withProduct.forEach((id, k) => {
    while (i < ids.length && ids[i] < id) i += 1;
    if (i < ids.length && ids[i] === id) product[i] = titles[k];
  });
  return product;
}

/** Cohorts (by first month, first product, first discount code, channel), timing and journey statistics. */
export const writeReports: RecomputeStep = {
  name: 'reports',
  run(run) {
    const { result } = run;
    const { history } = result;
    // The first order's discount code and channel are in the history; its product comes from the customers step.
    const product = run.firstProducts ?? storedFirstProducts(run);
    const cohorts: Record<CohortDimension, CohortRow[]> = {
      month: result.monthCohorts,
      product: buildCohorts(history, result.months, (c) => product[c], COHORT_KEY_LIMIT),
      discount: buildCohorts(history, result.months, (c) => history.firstDiscount[c], COHORT_KEY_LIMIT),
      channel: buildCohorts(history, result.months, (c) => history.firstChannel[c], COHORT_KEY_LIMIT),
    };
    for (const [dimension, value] of Object.entries(cohorts)) writeReport(run, `cohorts.${dimension}`, value);
    writeReport(run, 'timing', { firstToSecond: result.firstToSecond, laterGaps: result.laterGaps });
    writeReport(run, 'rfm', result.rfm.method);
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
