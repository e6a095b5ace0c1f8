import type { Db } from '../../db/connection.ts';
import type { DayCache } from '../days.ts';
import type { LifecycleResult } from '../compute.ts';
import type { LifecycleSettings } from '../../../shared/domain/lifecycle.ts';

/** One recompute in progress: what every step of the pipeline reads and adds to. */
export interface RecomputeRun {
  db: Db;
  asOf: string;
  latestOrderDay: string | null;
  settings: LifecycleSettings;
  result: LifecycleResult;
  days: DayCache;
  /** Rewrite every row instead of only the rows that changed. */
  full: boolean;
  /** The latest import, whose stage snapshot this run writes (null before any import). */
  importId: number | null;
  /** History indexes of customers whose stored row was (re)written in this run. */
  changed: number[];
  /**
   * The first order's product per customer (history index), when the customers step has just
   * written every customer's row (a full run); null otherwise, when the stored rows hold them.
   */
  firstProducts: (string | null)[] | null;
  /**
   * P(alive) per customer (history index) with the level below which a repeat customer counts as
   * at risk when atRiskMode is 'model'. Set by the predictive model's step; null until it exists.
   */
  pAlive: { values: Float64Array; threshold: number } | null;
  atRiskModeFallback: boolean;
}

/** A step of the recompute pipeline. */
export interface RecomputeStep {
  name: string;
  run(run: RecomputeRun): void;
}
