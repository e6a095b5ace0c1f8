import type { Db } from '../db/connection.ts';
import { DayCache, dayNumber } from './days.ts';

/**
 * An order counts as a purchase when the importer marked it as one (paid, not cancelled) and it was
 * not undone by a full refund. Orders resolve to their customer's root: coalesce(merged_into, id).
 */
export const COUNTED_PURCHASE_SQL = 'o.is_purchase = 1 AND NOT (o.refunded_cents > 0 AND o.net_cents <= 0)';

/**
 * Every customer known as of a day with their purchase occasions, in typed arrays (customers in
 * ascending id order; occasions of customer i are indexes start[i] .. start[i+1]-1, ascending by
 * day). A purchase occasion is a calendar day with at least one counted order: several orders on
 * one day are one occasion, their net values added up.
 */
export interface ShopHistory {
  asOf: number;
  /** First order day of the shop (or asOf when there is none): customers-export contacts are known from it. */
  shopStart: number;
  customerIds: Int32Array;
  /** The first day each customer is known: their first order of any kind, or shopStart for customers-export contacts. */
  knownFrom: Int32Array;
  start: Int32Array;
  day: Int32Array;
  /** Net value of each occasion in cents. */
  net: Float64Array;
  /** Counted orders per customer (can exceed occasions on same-day orders). */
  orders: Int32Array;
  /** The first counted order of each customer, 0 when none. */
  firstOrderId: Int32Array;
  /** Discount code and sales channel of that first order. */
  firstDiscount: (string | null)[];
  firstChannel: (string | null)[];
}

/** Reads the shop's purchases up to the end of `asOfIso` in one ordered pass. */
export function loadShopHistory(db: Db, asOfIso: string): ShopHistory {
  const asOf = dayNumber(asOfIso);
  const days = new DayCache();
  // Orders come in the order of the (customer_id, created_day) index, without a join or a sort;
  // merged customers (rare) are mapped to their root and re-sorted in memory.
  const rootOf = new Map<number, number>();
  for (const [id, root] of db.prepare('SELECT id, merged_into FROM customers WHERE merged_into IS NOT NULL').raw().all() as [number, number][]) rootOf.set(id, root);
  const raw = db
    .prepare(
      `SELECT o.customer_id, o.created_day, o.net_cents, o.id, o.discount_code, o.source_channel FROM orders o
        WHERE o.customer_id IS NOT NULL AND ${COUNTED_PURCHASE_SQL} AND o.created_day <= ?
        ORDER BY o.customer_id, o.created_day, o.id`,
    )
    .raw()
    .all(asOfIso) as [number, string, number, number, string | null, string | null][];
  if (rootOf.size > 0) {
    for (const row of raw) row[0] = rootOf.get(row[0]) ?? row[0];
    raw.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || x[3] - y[3]);
  }

  const buyerIds: number[] = [];
  const buyerStart: number[] = [];
  const buyerOrders: number[] = [];
  const buyerFirstOrder: number[] = [];
  const buyerDiscount: (string | null)[] = [];
  const buyerChannel: (string | null)[] = [];
  const occDay: number[] = [];
  const occNet: number[] = [];
  let currentCid = -1;
  let currentDay = -1;
  for (const [cid, createdDay, netCents, orderId, discount, channel] of raw) {
    const d = days.parse(createdDay);
    if (cid !== currentCid) {
      buyerIds.push(cid);
      buyerStart.push(occDay.length);
      buyerOrders.push(0);
      buyerFirstOrder.push(orderId);
      buyerDiscount.push(discount);
      buyerChannel.push(channel);
      currentCid = cid;
      currentDay = -1;
    }
    buyerOrders[buyerOrders.length - 1] += 1;
    if (d !== currentDay) {
      occDay.push(d);
      occNet.push(netCents);
      currentDay = d;
    } else {
      occNet[occNet.length - 1] += netCents;
    }
  }

  const firstOrderDay = new Map<number, number>();
  // First order of any kind (index-only scan), so customers with only non-purchase orders are known too.
  const anyOrders = db
    .prepare('SELECT customer_id, min(created_day) FROM orders WHERE customer_id IS NOT NULL AND created_day <= ? GROUP BY customer_id')
    .raw()
    .all(asOfIso) as [number, string][];
  for (const [id, day] of anyOrders) {
    const root = rootOf.get(id) ?? id;
    const d = days.parse(day);
    const before = firstOrderDay.get(root);
    if (before === undefined || d < before) firstOrderDay.set(root, d);
  }
  // Not limited to asOf, so contacts are known from the same day whatever day the figures are computed as of.
  const firstShopDay = db.prepare('SELECT min(created_day) FROM orders').pluck().get() as string | null;
  const shopStart = firstShopDay === null ? asOf : days.parse(firstShopDay);
  const exported = (db.prepare('SELECT id FROM customers WHERE from_customers_export = 1').pluck().all() as number[]).map((id) => rootOf.get(id) ?? id);

  // Everyone known: buyers, customers with other orders, customers-export contacts; ascending ids.
  const buyerIndex = new Map<number, number>();
  buyerIds.forEach((id, i) => buyerIndex.set(id, i));
  const known = new Set<number>(buyerIds);
  for (const id of firstOrderDay.keys()) known.add(id);
  for (const id of exported) known.add(id);
  const exportedSet = new Set(exported);
  const customerIds = Int32Array.from(known).sort();
  const n = customerIds.length;
  const knownFrom = new Int32Array(n);
  const start = new Int32Array(n + 1);
  const orders = new Int32Array(n);
  const firstOrderId = new Int32Array(n);
  const firstDiscount = new Array<string | null>(n).fill(null);
  const firstChannel = new Array<string | null>(n).fill(null);
  const day = new Int32Array(occDay.length);
  const net = new Float64Array(occDay.length);
  let cursor = 0;
  for (let i = 0; i < n; i += 1) {
    const id = customerIds[i];
    start[i] = cursor;
    const b = buyerIndex.get(id);
    let from = exportedSet.has(id) ? shopStart : Number.POSITIVE_INFINITY;
    const otherFirst = firstOrderDay.get(id);
    if (otherFirst !== undefined) from = Math.min(from, otherFirst);
    if (b !== undefined) {
      const end = b + 1 < buyerStart.length ? buyerStart[b + 1] : occDay.length;
      for (let k = buyerStart[b]; k < end; k += 1) {
        day[cursor] = occDay[k];
        net[cursor] = occNet[k];
        cursor += 1;
      }
      from = Math.min(from, occDay[buyerStart[b]]);
      orders[i] = buyerOrders[b];
      firstOrderId[i] = buyerFirstOrder[b];
      firstDiscount[i] = buyerDiscount[b];
      firstChannel[i] = buyerChannel[b];
    }
    knownFrom[i] = from;
  }
  start[n] = cursor;
  return { asOf, shopStart, customerIds, knownFrom, start, day, net, orders, firstOrderId, firstDiscount, firstChannel };
}

/** The default as-of day: the shop's latest imported order day (null when there are no orders). */
export function latestOrderDay(db: Db): string | null {
  return db.prepare('SELECT max(created_day) FROM orders').pluck().get() as string | null;
}
