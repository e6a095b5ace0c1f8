import type { Db } from '../../db/connection.ts';
import { computeLifecycle, type LifecycleResult } from '../compute.ts';
import { loadShopHistory } from '../shop-history.ts';
import { currentAsOf } from '../as-of.ts';
import { readLifecycleSettings } from '../settings.ts';
import { readStoredState } from './state.ts';
import { deriveThresholds, thresholdInputs } from '../thresholds.ts';
import { STAGES, type LifecycleOverview, type Stage, type StageFigure } from '../../../shared/domain/lifecycle.ts';

function figures(counts: Map<Stage, { customers: number; net: number }>): StageFigure[] {
  return STAGES.map((stage) => ({ stage, customers: counts.get(stage)?.customers ?? 0, netValue: (counts.get(stage)?.net ?? 0) / 100 }));
}

/** From the stored results (the current view). */
function storedOverview(db: Db): LifecycleOverview | null {
  const state = readStoredState(db);
  if (!state) return null;
  const rows = db.prepare('SELECT stage, count(*) AS customers, sum(net_cents) AS net FROM lifecycle_customers GROUP BY stage').all() as { stage: Stage; customers: number; net: number }[];
  const counts = new Map(rows.map((r) => [r.stage, { customers: r.customers, net: r.net }]));
  const vip = db.prepare('SELECT count(*) FROM lifecycle_customers WHERE vip = 1').pluck().get() as number;
  const repeatBuyers = db.prepare('SELECT count(*) FROM lifecycle_customers WHERE purchases >= 2').pluck().get() as number;
  const customers = rows.reduce((s, r) => s + r.customers, 0);
  return {
    asOf: state.asOf,
    asOfIsLatestOrderDay: state.asOf === state.latestOrderDay,
    latestOrderDay: state.latestOrderDay,
    computedAt: state.computedAt,
    customers,
    buyers: customers - (counts.get('prospect')?.customers ?? 0),
    repeatBuyers,
    stages: figures(counts),
    thresholds: state.thresholds,
    atRiskMode: state.atRiskMode,
    atRiskModeFallback: state.atRiskFallback,
    vipCutoff: state.vipCutoffCents === null ? null : state.vipCutoffCents / 100,
    vipCustomers: vip,
    simpleClv: state.simpleClv,
  };
}

/** Computed in memory from the read connection, for a day other than the stored one (rules only). */
export function overviewFromResult(result: LifecycleResult, asOf: string, latestOrderDay: string | null, atRiskMode: LifecycleOverview['atRiskMode']): LifecycleOverview {
  const counts = new Map<Stage, { customers: number; net: number }>();
  let vipCustomers = 0;
  let customers = 0;
  let repeatBuyers = 0;
  for (let i = 0; i < result.history.customerIds.length; i += 1) {
    const s = result.journeys.current[i];
    if (s < 0) continue;
    customers += 1;
    if (result.history.start[i + 1] - result.history.start[i] >= 2) repeatBuyers += 1;
    const entry = counts.get(STAGES[s]) ?? { customers: 0, net: 0 };
    entry.customers += 1;
    entry.net += result.frequencyRecency.netCents[i];
    counts.set(STAGES[s], entry);
    vipCustomers += result.vip[i];
  }
  return {
    asOf,
    asOfIsLatestOrderDay: asOf === latestOrderDay,
    latestOrderDay,
    computedAt: new Date().toISOString(),
    customers,
    buyers: customers - (counts.get('prospect')?.customers ?? 0),
    repeatBuyers,
    stages: figures(counts),
    thresholds: result.thresholds,
    atRiskMode,
    atRiskModeFallback: atRiskMode === 'model',
    vipCutoff: result.vipCutoffCents === null ? null : result.vipCutoffCents / 100,
    vipCustomers,
    simpleClv: result.simpleClv,
  };
}

/**
 * The lifecycle overview as of the stored day, or as of any other day (computed on the fly, nothing
 * written) with the stored thresholds: one ruler for every historical view, so the stage counts of a
 * past day are those of the stage history and the journeys (docs/lifecycle.md, "One ruler for the past").
 */
export function lifecycleOverview(db: Db, asOf?: string): LifecycleOverview {
  const stored = storedOverview(db);
  if (stored && (asOf === undefined || asOf === stored.asOf)) return stored;
  const settings = readLifecycleSettings(db);
  const current = currentAsOf(db, settings.asOf);
  const day = asOf ?? current.asOf;
  const history = loadShopHistory(db, day);
  return overviewFromResult(computeLifecycle(history, settings.overrides, stored?.thresholds), day, current.latestOrderDay, settings.atRiskMode);
}

/** Thresholds as of the stored day (or derived now when nothing is stored yet). */
export function currentThresholds(db: Db) {
  const state = readStoredState(db);
  if (state) return state.thresholds;
  const settings = readLifecycleSettings(db);
  return deriveThresholds(thresholdInputs(loadShopHistory(db, currentAsOf(db, settings.asOf).asOf)), settings.overrides);
}

