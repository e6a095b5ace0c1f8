import type { Db } from '../../db/connection.ts';

/** Above this many orders, one scan of the line items beats one index lookup per order. */
const SCAN_FROM = 5000;

/** The product of the first line of each given order: a lookup by order id (null when it has no named line). */
export function firstProducts(db: Db, orderIds: number[]): (orderId: number) => string | null {
  if (orderIds.length === 0) return () => null;
  let maxId = 0;
  for (const id of orderIds) maxId = Math.max(maxId, id);
  // The scan marks wanted orders in arrays indexed by order id, so it needs ids that are not too sparse.
  if (orderIds.length < SCAN_FROM || maxId > 16 * orderIds.length) {
    const products = new Map<number, string | null>();
    const rows = db
      .prepare('SELECT ids.value, (SELECT li.product_title FROM line_items li WHERE li.order_id = ids.value ORDER BY li.position LIMIT 1) FROM json_each(?) ids')
      .raw()
      .all(JSON.stringify([...orderIds].sort((a, b) => a - b))) as [number, string | null][];
    for (const [id, product] of rows) products.set(id, product);
    return (orderId) => products.get(orderId) ?? null;
  }
  const wanted = new Uint8Array(maxId + 1);
  for (const id of orderIds) wanted[id] = 1;
  const position = new Float64Array(maxId + 1).fill(Number.POSITIVE_INFINITY);
  const products = new Array<string | null>(maxId + 1).fill(null);
  // Streamed, and one string per distinct title: rows and copies that outlive the scan slow every garbage collection.
  const titles = new Map<string, string>();
  for (const [orderId, at, product] of db.prepare('SELECT order_id, position, product_title FROM line_items').raw().iterate() as IterableIterator<[number, number, string | null]>) {
    if (orderId > maxId || wanted[orderId] === 0 || position[orderId] <= at) continue;
    position[orderId] = at;
    let title = product;
    if (product !== null) {
      title = titles.get(product) ?? null;
      if (title === null) {
        titles.set(product, product);
        title = product;
      }
    }
    products[orderId] = title;
  }
  return (orderId) => (orderId <= maxId ? products[orderId] : null);
}
