import type { Db } from '../db/connection.ts';
import { COUNTED_PURCHASE_SQL } from '../db/counted-purchase.ts';
import { median } from '../engine/percentiles.ts';

export interface ProductInterval {
  product: string;
  /** Times a customer bought the product again on a later day. */
  repurchases: number;
  /** Median days between a customer's consecutive purchases of the product. */
  medianDays: number;
}

/** Fewest repurchases of a product before its interval is trusted for timing. */
export const MIN_PRODUCT_REPURCHASES = 5;

/**
 * Per product, the median days between a customer's consecutive purchase days of it, for products
 * bought again at least MIN_PRODUCT_REPURCHASES times; most repurchased first.
 */
export function productRepurchaseIntervals(db: Db): ProductInterval[] {
  const rows = db
    .prepare(
      `WITH pd AS (
         SELECT DISTINCT coalesce(c.merged_into, c.id) AS root, li.product_title AS product, o.created_day AS day
           FROM line_items li JOIN orders o ON o.id = li.order_id JOIN customers c ON c.id = o.customer_id
          WHERE ${COUNTED_PURCHASE_SQL} AND li.product_title IS NOT NULL AND li.product_title <> ''),
       g AS (
         SELECT product, julianday(day) - julianday(lag(day) OVER (PARTITION BY root, product ORDER BY day)) AS gap FROM pd)
       SELECT product, gap FROM g WHERE gap IS NOT NULL ORDER BY product, gap`,
    )
    .raw()
    .all() as [string, number][];
  const gaps = new Map<string, number[]>();
  for (const [product, gap] of rows) {
    const list = gaps.get(product) ?? [];
    list.push(gap);
    gaps.set(product, list);
  }
  return [...gaps]
    .filter(([, list]) => list.length >= MIN_PRODUCT_REPURCHASES)
    .map(([product, list]) => ({ product, repurchases: list.length, medianDays: Math.round(median(list) ?? 0) }))
    .sort((a, b) => b.repurchases - a.repurchases || a.product.localeCompare(b.product));
}

/**
 * The products first-time buyers most often buy next: products of each customer's second purchase
 * occasion, by the number of customers who bought them then.
 */
export function productsBoughtNext(db: Db, limit = 3): string[] {
  return db
    .prepare(
      `WITH occ AS (
         SELECT o.id AS order_id, coalesce(c.merged_into, c.id) AS root,
                dense_rank() OVER (PARTITION BY coalesce(c.merged_into, c.id) ORDER BY o.created_day) AS k
           FROM orders o JOIN customers c ON c.id = o.customer_id
          WHERE ${COUNTED_PURCHASE_SQL})
       SELECT li.product_title FROM occ JOIN line_items li ON li.order_id = occ.order_id
        WHERE occ.k = 2 AND li.product_title IS NOT NULL AND li.product_title <> ''
        GROUP BY li.product_title
        ORDER BY count(DISTINCT occ.root) DESC, li.product_title
        LIMIT ?`,
    )
    .pluck()
    .all(limit) as string[];
}
