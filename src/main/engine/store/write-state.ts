import type { RecomputeStep } from './recompute-step.ts';

/** Remembers what the stored results are: as-of day, thresholds, at-risk mode, VIP cut-off, simple CLV. */
export const writeState: RecomputeStep = {
  name: 'state',
  run(run) {
    const { result } = run;
    run.db
      .prepare(
        `INSERT OR REPLACE INTO lifecycle_state
           (id, as_of, latest_order_day, computed_at, import_id, thresholds_json, at_risk_mode, at_risk_fallback, vip_cutoff_cents, simple_clv_json)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
