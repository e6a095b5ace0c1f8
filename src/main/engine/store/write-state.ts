import type { RecomputeStep } from './recompute-step.ts';

/**
 * The definitions the stored results follow. Raise it whenever a change to the engine, the models or
 * the counting rules changes what a recompute stores: a file whose results carry another version is
 * recomputed when it is opened (recompute/stale-results.ts), so an old file shows the new figures.
 * 2: counted-purchase customers, contacts known from their export's evidence, one ruler for the past.
 */
export const ENGINE_RESULTS_VERSION = 2;

/** Remembers what the stored results are: as-of day, thresholds, at-risk mode, VIP cut-off, simple CLV. */
export const writeState: RecomputeStep = {
  name: 'state',
  run(run) {
    const { result } = run;
    run.db
      .prepare(
        `INSERT OR REPLACE INTO lifecycle_state
           (id, as_of, latest_order_day, computed_at, import_id, thresholds_json, at_risk_mode, at_risk_fallback, vip_cutoff_cents, simple_clv_json, results_version)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${ENGINE_RESULTS_VERSION})`,
      )
      .run(
        run.asOf,
        run.latestOrderDay,
        new Date().toISOString(),
        run.importId,
        JSON.stringify(result.thresholds),
        run.settings.atRiskMode,
        run.atRiskModeFallback ? 1 : 0,
        result.vipCutoffCents,
        JSON.stringify(result.simpleClv),
      );
  },
};
