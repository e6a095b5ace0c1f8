import type { Db } from '../db/connection.ts';
import { DayCache } from '../engine/days.ts';
import { computeLifecycle } from '../engine/compute.ts';
import { loadShopHistory } from '../engine/shop-history.ts';
import { currentAsOf } from '../engine/as-of.ts';
import { readLifecycleSettings } from '../engine/settings.ts';
import type { RecomputeRun, RecomputeStep } from '../engine/store/recompute-step.ts';
import { writeCustomers } from '../engine/store/write-customers.ts';
import { writeReports } from '../engine/store/write-reports.ts';
import { applyAtRiskMode } from '../engine/store/at-risk-mode.ts';
import { writeState } from '../engine/store/write-state.ts';
import { snapshotStages } from '../engine/store/snapshot-stages.ts';
import { predictStep } from '../model/store/predict-step.ts';
import { segmentSizesStep } from '../campaigns/segment-store.ts';

/**
 * The recompute pipeline. Reading the history and computing everything in memory comes first;
 * these steps then store the results, in order, in one transaction. A new step (such as the
 * predictive model's) is one more entry here: it gets the run, with every customer's frequency, recency and age in
 * `run.result.frequencyRecency`, and may set `run.pAlive` for the at-risk rule.
 */
export const recomputeSteps: readonly RecomputeStep[] = [
  writeCustomers,
  writeReports,
  predictStep,
  applyAtRiskMode,
  writeState,
  snapshotStages,
  segmentSizesStep,
];

export interface RecomputeOptions {
  /** Rewrite every stored row instead of only the changed ones. */
  full?: boolean;
  /** 0..100 as the pipeline advances. */
  progress?: (percent: number) => void;
  signal?: AbortSignal;
  /** The steps to run after computing (default: all of recomputeSteps). */
  steps?: readonly RecomputeStep[];
}

export interface RecomputeOutcome {
  asOf: string;
  customers: number;
  changed: number;
  ms: number;
  /** Milliseconds per phase: load, compute, then each step by name. */
  phases: { name: string; ms: number }[];
}

/** Recomputes every lifecycle result on the write connection (run it inside a job). */
export function recompute(db: Db, options: RecomputeOptions = {}): RecomputeOutcome {
  const started = performance.now();
  const progress = options.progress ?? (() => undefined);
  const settings = readLifecycleSettings(db);
  const { asOf, latestOrderDay: latest } = currentAsOf(db, settings.asOf);
  const phases: { name: string; ms: number }[] = [];
  let mark = started;
  const timed = (name: string) => {
    const now = performance.now();
    phases.push({ name, ms: now - mark });
    mark = now;
  };
  progress(0);
  const history = loadShopHistory(db, asOf);
  timed('load');
  options.signal?.throwIfAborted();
  progress(20);
  const result = computeLifecycle(history, settings.overrides);
  timed('compute');
  options.signal?.throwIfAborted();
  progress(40);
  const run: RecomputeRun = {
    db,
    asOf,
    latestOrderDay: latest,
    settings,
    result,
    days: new DayCache(),
    full: options.full ?? false,
    importId: db.prepare('SELECT max(id) FROM imports').pluck().get() as number | null,
    changed: [],
    firstProducts: null,
    pAlive: null,
    atRiskModeFallback: false,
  };
  const steps = options.steps ?? recomputeSteps;
  db.transaction(() => {
    steps.forEach((step, i) => {
      options.signal?.throwIfAborted();
      step.run(run);
      timed(step.name);
      progress(40 + Math.round((60 * (i + 1)) / steps.length));
    });
  })();
  return { asOf, customers: history.customerIds.length, changed: run.changed.length, ms: performance.now() - started, phases };
}
