import type { Db } from '../../db/connection.ts';
import type { AtRiskMode, SimpleClv, Thresholds } from '../../../shared/domain/lifecycle.ts';

/** What the stored results describe. null before the first recompute. */
export interface StoredState {
  asOf: string | null;
  latestOrderDay: string | null;
  computedAt: string;
  importId: number | null;
  thresholds: Thresholds;
  atRiskMode: AtRiskMode;
  atRiskFallback: boolean;
  vipCutoffCents: number | null;
  simpleClv: SimpleClv;
}

interface Row {
  as_of: string | null;
  latest_order_day: string | null;
  computed_at: string;
  import_id: number | null;
  thresholds_json: string;
  at_risk_mode: AtRiskMode;
  at_risk_fallback: number;
  vip_cutoff_cents: number | null;
  simple_clv_json: string;
}

export function readStoredState(db: Db): StoredState | null {
  const row = db.prepare('SELECT * FROM lifecycle_state WHERE id = 1').get() as Row | undefined;
  if (!row) return null;
  return {
    asOf: row.as_of,
    latestOrderDay: row.latest_order_day,
    computedAt: row.computed_at,
    importId: row.import_id,
    thresholds: JSON.parse(row.thresholds_json) as Thresholds,
    atRiskMode: row.at_risk_mode,
    atRiskFallback: row.at_risk_fallback === 1,
    vipCutoffCents: row.vip_cutoff_cents,
    simpleClv: JSON.parse(row.simple_clv_json) as SimpleClv,
  };
}

/** A stored JSON report, or `fallback` before the first recompute. */
export function readReport<T>(db: Db, name: string, fallback: T): T {
  const json = db.prepare('SELECT json FROM lifecycle_reports WHERE name = ?').pluck().get(name) as string | undefined;
  return json === undefined ? fallback : (JSON.parse(json) as T);
}
