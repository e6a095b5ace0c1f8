import type { Db } from '../../db/connection.ts';
import { BatchInsert } from './batch-insert.ts';

export interface FirstOrderDetails {
  product: string | null;
  discount: string | null;
  channel: string | null;
}

/**
 * Product (first line), discount code and sales channel of the given first orders, read in one
 * ordered join through a temporary table rather than one lookup per customer.
 */
export function firstOrderDetails(db: Db, orderIds: number[]): Map<number, FirstOrderDetails> {
  const details = new Map<number, FirstOrderDetails>();
  if (orderIds.length === 0) return details;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS lifecycle_first_orders (order_id INTEGER PRIMARY KEY); DELETE FROM temp.lifecycle_first_orders;');
  const insert = new BatchInsert(db, 'INSERT OR IGNORE INTO temp.lifecycle_first_orders (order_id)', 1);
  for (const id of [...orderIds].sort((a, b) => a - b)) insert.add(id);
  insert.flush();
  const rows = db
    .prepare(
      `SELECT f.order_id, (SELECT li.product_title FROM line_items li WHERE li.order_id = f.order_id ORDER BY li.position LIMIT 1), o.discount_code, o.source_channel
         FROM temp.lifecycle_first_orders f JOIN orders o ON o.id = f.order_id`,
    )
    .raw()
    .all() as [number, string | null, string | null, string | null][];
  for (const [id, product, discount, channel] of rows) details.set(id, { product, discount, channel });
  db.exec('DELETE FROM temp.lifecycle_first_orders');
  return details;
}
