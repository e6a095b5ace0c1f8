import type { Db } from '../../db/connection.ts';

export interface FirstOrderDetails {
  product: string | null;
  discount: string | null;
  channel: string | null;
}

/** Above this many orders, two plain table scans beat one index lookup per order. */
const SCAN_FROM = 5000;

/**
 * Product (first line), discount code and sales channel of the given first orders: looked up by
 * id for a few orders (an incremental recompute), read in two scans for many (a full one).
 */
export function firstOrderDetails(db: Db, orderIds: number[]): Map<number, FirstOrderDetails> {
  const details = new Map<number, FirstOrderDetails>();
  if (orderIds.length === 0) return details;
  if (orderIds.length < SCAN_FROM) {
    const rows = db
      .prepare(
        `SELECT o.id, (SELECT li.product_title FROM line_items li WHERE li.order_id = o.id ORDER BY li.position LIMIT 1), o.discount_code, o.source_channel
           FROM json_each(?) ids JOIN orders o ON o.id = ids.value`,
      )
      .raw()
      .all(JSON.stringify([...orderIds].sort((a, b) => a - b))) as [number, string | null, string | null, string | null][];
    for (const [id, product, discount, channel] of rows) details.set(id, { product, discount, channel });
    return details;
  }
  for (const id of orderIds) details.set(id, { product: null, discount: null, channel: null });
  for (const [id, discount, channel] of db.prepare('SELECT id, discount_code, source_channel FROM orders').raw().iterate() as IterableIterator<[number, string | null, string | null]>) {
    const d = details.get(id);
    if (d) {
      d.discount = discount;
      d.channel = channel;
    }
  }
  const firstPosition = new Map<number, number>();
  for (const [orderId, position, product] of db.prepare('SELECT order_id, position, product_title FROM line_items').raw().iterate() as IterableIterator<[number, number, string | null]>) {
    const d = details.get(orderId);
    if (!d) continue;
    const seen = firstPosition.get(orderId);
    if (seen !== undefined && seen <= position) continue;
    firstPosition.set(orderId, position);
    d.product = product;
  }
  return details;
}
