import type { Db } from '../db/connection.ts';
import type { ShopSummary } from '../../shared/domain/shop-summary.ts';
import { COUNTED_PURCHASE_SQL } from '../db/counted-purchase.ts';
import { ORDER_DETAIL_COLUMNS } from '../db/migrations/008-order-details.ts';

/** Where `details_json` keeps an order's subtotal (migration 8): Shopify's net sales are made of it. */
const SUBTOTAL_AT = ORDER_DETAIL_COLUMNS.findIndex(([name]) => name === 'subtotal_cents');

interface OrderTotals {
  orders: number;
  purchases: number;
  unidentified: number;
  gross: number;
  refunds: number;
  net: number;
  cancelled: number;
  subtotals: number;
  refunds_on_purchases: number;
  purchases_without_subtotal: number;
  first_day: string | null;
  last_day: string | null;
  first_currency: string | null;
  last_currency: string | null;
}

/** The shop's figures but its prospects, who are the lifecycle engine's (docs/counting.md, "Known from"). */
export type ShopSales = Omit<ShopSummary, 'prospects'>;

/**
 * Sales and customers straight from the imported orders, as of the end of a day (or all time):
 * one pass over the orders, one index probe per customer, and two short lookups on the day index
 * for the first and last order's time. The pass reads the table in storage order (NOT INDEXED):
 * through the day index, each order would be a lookup in the table, several times slower when most
 * orders are counted, as they are for any recent day.
 */
export function shopSales(db: Db, asOf?: string, source?: string): ShopSales {
  const until = asOf ?? '9999-12-31';
  // One store's figures (`source`: the platform its orders came from) or all of them.
  const only = source === undefined ? '' : 'AND platform = ?';
  const of = source === undefined ? [] : [source];
  const o = db
    .prepare(
      `SELECT count(*) AS orders,
              coalesce(sum(is_purchase), 0) AS purchases,
              count(*) FILTER (WHERE customer_id IS NULL) AS unidentified,
              coalesce(sum(total_cents), 0) AS gross,
              coalesce(sum(refunded_cents), 0) AS refunds,
              coalesce(sum(net_cents) FILTER (WHERE is_purchase = 1), 0) AS net,
              coalesce(sum(total_cents - refunded_cents) FILTER (WHERE is_purchase = 0), 0) AS cancelled,
              coalesce(sum(details_json ->> ${SUBTOTAL_AT}) FILTER (WHERE is_purchase = 1), 0) AS subtotals,
              coalesce(sum(refunded_cents) FILTER (WHERE is_purchase = 1), 0) AS refunds_on_purchases,
              count(*) FILTER (WHERE is_purchase = 1 AND details_json ->> ${SUBTOTAL_AT} IS NULL) AS purchases_without_subtotal,
              min(created_day) AS first_day, max(created_day) AS last_day,
              min(currency) AS first_currency, max(currency) AS last_currency
         FROM orders NOT INDEXED WHERE created_day <= ? ${only}`,
    )
    .get(until, ...of) as OrderTotals;
  // A local day is within a day of the UTC instant, so the earliest and latest instants lie within two days of the extreme days.
  const firstAt = o.first_day === null ? null : (db.prepare(`SELECT created_at FROM orders WHERE created_day BETWEEN ? AND min(date(?, '+2 days'), ?) ${only} ORDER BY created_ms LIMIT 1`).pluck().get(o.first_day, o.first_day, until, ...of) as string);
  const lastAt = o.last_day === null ? null : (db.prepare(`SELECT created_at FROM orders WHERE created_day BETWEEN date(?, '-2 days') AND ? ${only} ORDER BY created_ms DESC LIMIT 1`).pluck().get(o.last_day, o.last_day, ...of) as string);
  // A customer is a root customer (merged_into IS NULL) who, or one of whose merged customers, has a counted purchase by then.
  const customers = db
    .prepare(`SELECT count(DISTINCT coalesce(c.merged_into, c.id)) FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.created_day <= ? ${source === undefined ? '' : 'AND o.platform = ?'} AND ${COUNTED_PURCHASE_SQL})`)
    .pluck()
    .get(until, ...of) as number;
  const currencies =
    o.first_currency === o.last_currency
      ? o.first_currency === null ? [] : [o.first_currency]
      : (db.prepare(`SELECT DISTINCT currency FROM orders WHERE currency IS NOT NULL AND created_day <= ? ${only} ORDER BY currency`).pluck().all(until, ...of) as string[]);
  const summary: ShopSales = {
    asOf: asOf ?? null,
    orders: o.orders,
    purchases: o.purchases,
    customers,
    unidentifiedOrders: o.unidentified,
    grossSales: o.gross / 100,
    cancelledSales: o.cancelled / 100,
    refunds: o.refunds / 100,
    netSales: o.net / 100,
    // Shopify Analytics' net sales: subtotals (after discounts, without shipping and taxes) less refunds, of the purchases.
    shopifyNetSales: o.purchases > 0 && o.purchases_without_subtotal > 0 ? null : (o.subtotals - o.refunds_on_purchases) / 100,
    currency: currencies.length === 1 ? currencies[0] : null,
    firstOrderAt: firstAt,
    lastOrderAt: lastAt,
  };
  if (currencies.length > 1) summary.currencies = currencies;
  return summary;
}
