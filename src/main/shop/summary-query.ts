import type { Db } from '../db/connection.ts';
import type { ShopSummary } from '../../shared/domain/summary.ts';

/** Sales and head counts straight from the imported orders, as of the end of a day (or all time). */
export function shopSummary(db: Db, asOf?: string): ShopSummary {
  const until = asOf ?? '9999-12-31';
  const o = db
    .prepare(
      `SELECT count(*) AS orders,
              coalesce(sum(is_purchase), 0) AS purchases,
              count(*) FILTER (WHERE customer_id IS NULL) AS unidentified,
              coalesce(sum(total_cents), 0) AS gross,
              coalesce(sum(refunded_cents), 0) AS refunds,
              coalesce(sum(net_cents) FILTER (WHERE is_purchase = 1), 0) AS net,
              min(created_ms) AS first_ms, max(created_ms) AS last_ms
         FROM orders WHERE created_day <= ?`,
    )
    .get(until) as { orders: number; purchases: number; unidentified: number; gross: number; refunds: number; net: number; first_ms: number | null; last_ms: number | null };
  const firstAt = o.first_ms === null ? null : (db.prepare('SELECT created_at FROM orders WHERE created_ms = ? LIMIT 1').pluck().get(o.first_ms) as string);
  const lastAt = o.last_ms === null ? null : (db.prepare('SELECT created_at FROM orders WHERE created_ms = ? LIMIT 1').pluck().get(o.last_ms) as string);
  const buyers = db
    .prepare(
      `SELECT count(DISTINCT coalesce(c.merged_into, c.id)) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_day <= ?`,
    )
    .pluck()
    .get(until) as number;
  const prospects = db
    .prepare(
      `SELECT count(*) FROM customers c
        WHERE c.merged_into IS NULL
          AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.created_day <= ?)
          AND NOT EXISTS (SELECT 1 FROM customers m JOIN orders o ON o.customer_id = m.id
                           WHERE m.merged_into = c.id AND o.created_day <= ?)`,
    )
    .pluck()
    .get(until, until) as number;
  const currencies = db.prepare('SELECT DISTINCT currency FROM orders WHERE currency IS NOT NULL AND created_day <= ? ORDER BY currency').pluck().all(until) as string[];
  const summary: ShopSummary = {
    asOf: asOf ?? null,
    orders: o.orders,
    purchases: o.purchases,
    customers: buyers,
    prospects,
    unidentifiedOrders: o.unidentified,
    grossSales: o.gross / 100,
    refunds: o.refunds / 100,
    netSales: o.net / 100,
    currency: currencies.length === 1 ? currencies[0] : null,
    firstOrderAt: firstAt,
    lastOrderAt: lastAt,
  };
  if (currencies.length > 1) summary.currencies = currencies;
  return summary;
}
