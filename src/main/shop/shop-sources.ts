import type { Db } from '../db/connection.ts';
import type { ShopSources } from '../../shared/domain/shop-summary.ts';
import { COUNTED_PURCHASE_SQL } from '../db/counted-purchase.ts';

/**
 * The stores a shop's orders came from (each order's platform: shopify, woocommerce, etsy, square, ...),
 * with each store's orders, purchases, net sales and customers (people with a counted purchase there), and how many customers bought (a counted purchase) in more than
 * one store (matched by e-mail, or by phone across stores). Each order counts in exactly one store.
 */
export function shopSources(db: Db): ShopSources {
  const rows = db
    .prepare(
      `SELECT o.platform AS source, count(*) AS orders, coalesce(sum(o.is_purchase), 0) AS purchases,
              coalesce(sum(o.net_cents) FILTER (WHERE o.is_purchase = 1), 0) AS net,
              count(DISTINCT coalesce(c.merged_into, c.id)) FILTER (WHERE ${COUNTED_PURCHASE_SQL}) AS customers
         FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
        GROUP BY o.platform ORDER BY orders DESC, o.platform`,
    )
    .all() as { source: string; orders: number; purchases: number; net: number; customers: number }[];
  const shared = db
    .prepare(
      `SELECT count(*) FROM (
         SELECT coalesce(c.merged_into, c.id) AS root FROM orders o JOIN customers c ON c.id = o.customer_id
          WHERE ${COUNTED_PURCHASE_SQL}
          GROUP BY root HAVING count(DISTINCT o.platform) > 1)`,
    )
    .pluck()
    .get() as number;
  return {
    sources: rows.map((r) => ({ source: r.source, orders: r.orders, purchases: r.purchases, netSales: r.net / 100, customers: r.customers })),
    customersInSeveralSources: shared,
  };
}
