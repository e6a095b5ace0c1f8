import type { Db } from '../db/connection.ts';
import type { DashboardKpis, KpisSinceImport } from '../../shared/api/lifecycle.ts';
import type { LifecycleOverview } from '../../shared/domain/lifecycle.ts';
import { lifecycleOverview } from '../engine/read/overview.ts';
import { readStoredState } from '../engine/read/state.ts';
import { loadShopHistory } from '../engine/shop-history.ts';
import { simpleClv } from '../engine/simple-clv.ts';
import { shopSales } from '../shop/shop-summary.ts';

const ACTIVE_STAGES = ['new', 'repeat', 'loyal', 'reactivated'];

function currentKpis(overview: LifecycleOverview, netSales: number): DashboardKpis {
  const count = (stages: string[]) => overview.stages.filter((s) => stages.includes(s.stage)).reduce((sum, s) => sum + s.customers, 0);
  return {
    customers: overview.buyers,
    repeatRate: overview.buyers > 0 ? overview.repeatBuyers / overview.buyers : null,
    netSales,
    averageClv: overview.simpleClv.value,
    active: count(ACTIVE_STAGES),
    lapsed: count(['lapsed']),
  };
}

/**
 * The figures after an import, from its stage snapshot (stages and purchase counts as they were then)
 * and the orders up to its latest order day (net sales and the average customer value).
 */
function kpisAfterImport(db: Db, importId: number, day: string): DashboardKpis {
  const stages = db
    .prepare(
      `SELECT count(*) FILTER (WHERE stage <> 'prospect') AS customers,
              count(*) FILTER (WHERE stage <> 'prospect' AND purchases >= 2) AS repeaters,
              count(*) FILTER (WHERE stage IN (${ACTIVE_STAGES.map(() => '?').join(', ')})) AS active,
              count(*) FILTER (WHERE stage = 'lapsed') AS lapsed
         FROM lifecycle_snapshots WHERE import_id = ?`,
    )
    .get(...ACTIVE_STAGES, importId) as { customers: number; repeaters: number; active: number; lapsed: number };
  const netCents = db.prepare('SELECT coalesce(sum(net_cents), 0) FROM orders WHERE is_purchase = 1 AND created_day <= ?').pluck().get(day) as number;
  return {
    customers: stages.customers,
    repeatRate: stages.customers > 0 ? stages.repeaters / stages.customers : null,
    netSales: netCents / 100,
    averageClv: simpleClv(loadShopHistory(db, day)).value,
    active: stages.active,
    lapsed: stages.lapsed,
  };
}

/**
 * The dashboard's figures now and as they were after the previous import. The imports compared are
 * those of the stage snapshots, as in "what changed since the last import"; money counts the orders
 * up to the latest order day the previous import had brought.
 */
export function kpisSinceImport(db: Db): KpisSinceImport {
  const ids = db.prepare('SELECT DISTINCT import_id FROM lifecycle_snapshots ORDER BY import_id DESC LIMIT 2').pluck().all() as number[];
  const previousImportId = ids[1] ?? null;
  const previousDay =
    previousImportId === null ? null : ((db.prepare('SELECT max(created_day) FROM orders WHERE import_id <= ?').pluck().get(previousImportId) as string | null) ?? null);
  const current = currentKpis(lifecycleOverview(db), shopSales(db).netSales);
  if (previousImportId === null || previousDay === null) return { previousImportId, previousDay: null, current, previous: null };
  return { previousImportId, previousDay, current, previous: kpisAfterImport(db, previousImportId, previousDay) };
}

/**
 * `kpisSinceImport` remembered until the next recompute (every import and settings change runs one):
 * the figures after the previous import take a pass over the whole order history.
 */
export function rememberedKpisSinceImport(): (db: Db) => KpisSinceImport {
  let remembered: { computedAt: string; value: KpisSinceImport } | null = null;
  return (db) => {
    const computedAt = readStoredState(db)?.computedAt ?? null;
    if (computedAt === null) return kpisSinceImport(db);
    if (remembered?.computedAt !== computedAt) remembered = { computedAt, value: kpisSinceImport(db) };
    return remembered.value;
  };
}
