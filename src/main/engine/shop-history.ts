import type { Db } from '../db/connection.ts';
import { dayNumber } from './days.ts';
import { COUNTED_PURCHASE_SQL } from '../db/counted-purchase.ts';

/**
 * Every customer known as of a day with their purchase occasions, in typed arrays (customers in
 * ascending id order; occasions of customer i are indexes start[i] .. start[i+1]-1, ascending by
 * day). A purchase occasion is a calendar day with at least one counted order: several orders on
 * one day are one occasion, their net values added up.
 */
export interface ShopHistory {
  asOf: number;
  /** First order day of the shop (or asOf when there is none). */
  shopStart: number;
  customerIds: Int32Array;
  /** The first day each customer is known: their first order of any kind, or the evidence of a customers export (evidenceOfContacts), whichever is earlier. */
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

/** customer id, day number, 1 when counted as a purchase, net cents, order id, discount code, sales channel. */
type OrderRow = [number, number, number, number, number, string | null, string | null];

/** Reads the shop's purchases up to the end of `asOfIso` in one ordered pass. */
export function loadShopHistory(db: Db, asOfIso: string): ShopHistory {
  const asOf = dayNumber(asOfIso);
  // Orders come in the order of the (customer_id, created_day) index, without a join or a sort;
  // merged customers (rare) are mapped to their root and re-sorted in memory.
  const rootOf = new Map<number, number>();
  for (const [id, root] of db.prepare('SELECT id, merged_into FROM customers WHERE merged_into IS NOT NULL').raw().all() as [number, number][]) rootOf.set(id, root);
  // Every order of the identified customers (the first of any kind makes a customer known), days as
  // day numbers (days since 1970-01-01, as dayNumber gives) computed by SQLite.
  const ordered = db.prepare(
    `SELECT o.customer_id, unixepoch(o.created_day) / 86400, ${COUNTED_PURCHASE_SQL}, o.net_cents, o.id, o.discount_code, o.source_channel FROM orders o
      WHERE o.customer_id IS NOT NULL AND o.created_day <= ?
      ORDER BY o.customer_id, o.created_day, o.id`,
  ).raw();
  // Streamed: rows are dropped as soon as they are read (holding 200,000 of them costs more in garbage collection than reading them).
  const rows = rootOf.size === 0 ? (ordered.iterate(asOfIso) as IterableIterator<OrderRow>) : byRoot(ordered.all(asOfIso) as OrderRow[], rootOf);

  // Customers with any order and the day of their first, ascending by id.
  const orderingIds: number[] = [];
  const firstOrderDay: number[] = [];
  const buyerIds: number[] = [];
  const buyerStart: number[] = [];
  const buyerOrders: number[] = [];
  const buyerFirstOrder: number[] = [];
  const buyerDiscount: (string | null)[] = [];
  const buyerChannel: (string | null)[] = [];
  const occDay: number[] = [];
  const occNet: number[] = [];
  // One string per distinct code or channel: a copy per customer would outlive the loop and slow every garbage collection.
  const distinct = new Map<string, string>();
  const once = (s: string | null): string | null => {
    if (s === null) return null;
    const known = distinct.get(s);
    if (known !== undefined) return known;
    distinct.set(s, s);
    return s;
  };
  let currentCid = -1;
  let currentBuyer = -1;
  let currentDay = Number.NaN;
  for (const row of rows) {
    const cid = row[0];
    const d = row[1];
    if (cid !== currentCid) {
      orderingIds.push(cid);
      firstOrderDay.push(d);
      currentCid = cid;
    }
    if (row[2] === 0) continue;
    if (cid !== currentBuyer) {
      buyerIds.push(cid);
      buyerStart.push(occDay.length);
      buyerOrders.push(0);
      buyerFirstOrder.push(row[4]);
      buyerDiscount.push(once(row[5]));
      buyerChannel.push(once(row[6]));
      currentBuyer = cid;
      currentDay = Number.NaN;
    }
    buyerOrders[buyerOrders.length - 1] += 1;
    if (d !== currentDay) {
      occDay.push(d);
      occNet.push(row[3]);
      currentDay = d;
    } else {
      occNet[occNet.length - 1] += row[3];
    }
  }

  // Not limited to asOf, so a contact is known from the same day whatever day the figures are computed as of.
  const [firstShopDay, lastShopDay] = db.prepare('SELECT min(created_day), max(created_day) FROM orders').raw().get() as [string | null, string | null];
  const shopStart = firstShopDay === null ? asOf : dayNumber(firstShopDay);
  const exported = evidenceOfContacts(db, lastShopDay === null ? asOf : dayNumber(lastShopDay), rootOf);

  // Everyone known: buyers, customers with other orders, customers-export contacts. All three lists
  // ascend by customer id (the last two may repeat an id after merging), so one merging walk puts
  // the customers in ascending id order; buyers come in that order too, so their occasions stay in place.
  const ids: number[] = [];
  const from: number[] = [];
  const startOf: number[] = [];
  const buyerOf: number[] = [];
  let nextBuyer = 0;
  let nextOther = 0;
  let nextExported = 0;
  for (;;) {
    const id = Math.min(
      nextBuyer < buyerIds.length ? buyerIds[nextBuyer] : Number.POSITIVE_INFINITY,
      nextOther < orderingIds.length ? orderingIds[nextOther] : Number.POSITIVE_INFINITY,
      nextExported < exported.length ? exported[nextExported][0] : Number.POSITIVE_INFINITY,
    );
    if (id === Number.POSITIVE_INFINITY) break;
    let known = Number.POSITIVE_INFINITY;
    while (nextExported < exported.length && exported[nextExported][0] === id) {
      known = Math.min(known, exported[nextExported][1]);
      nextExported += 1;
    }
    while (nextOther < orderingIds.length && orderingIds[nextOther] === id) {
      known = Math.min(known, firstOrderDay[nextOther]);
      nextOther += 1;
    }
    ids.push(id);
    startOf.push(nextBuyer < buyerStart.length ? buyerStart[nextBuyer] : occDay.length);
    if (nextBuyer < buyerIds.length && buyerIds[nextBuyer] === id) {
      known = Math.min(known, occDay[buyerStart[nextBuyer]]);
      buyerOf.push(nextBuyer);
      nextBuyer += 1;
    } else {
      buyerOf.push(-1);
    }
    from.push(known);
  }
  const n = ids.length;
  const customerIds = Int32Array.from(ids);
  const knownFrom = Int32Array.from(from);
  const start = new Int32Array(n + 1);
  start.set(startOf);
  start[n] = occDay.length;
  const orders = new Int32Array(n);
  const firstOrderId = new Int32Array(n);
  const firstDiscount = new Array<string | null>(n).fill(null);
  const firstChannel = new Array<string | null>(n).fill(null);
  for (let i = 0; i < n; i += 1) {
    const b = buyerOf[i];
    if (b < 0) continue;
    orders[i] = buyerOrders[b];
    firstOrderId[i] = buyerFirstOrder[b];
    firstDiscount[i] = buyerDiscount[b];
    firstChannel[i] = buyerChannel[b];
  }
  const day = Int32Array.from(occDay);
  const net = Float64Array.from(occNet);
  return { asOf, shopStart, customerIds, knownFrom, start, day, net, orders, firstOrderId, firstDiscount, firstChannel };
}

/**
 * Every customers-export contact (root id, ascending) with the first day there is evidence of them
 * (docs/counting.md, "Known from"): the day the export was imported or its file's date, whichever is
 * earlier, but no later than the shop's latest order day: the export describes the shop as it is when
 * the owner looks, and the current view is as of that day (the as-of day when there are no orders).
 */
function evidenceOfContacts(db: Db, lastShopDay: number, rootOf: Map<number, number>): [number, number][] {
  const rows = db.prepare('SELECT id, export_seen_day FROM customers WHERE from_customers_export = 1 ORDER BY id').raw().all() as [number, string | null][];
  const contacts = rows.map(([id, seen]): [number, number] => [rootOf.get(id) ?? id, Math.min(seen === null ? lastShopDay : dayNumber(seen), lastShopDay)]);
  if (rootOf.size > 0) contacts.sort((x, y) => x[0] - y[0]);
  return contacts;
}

/** Orders with merged customers mapped to their root, in the order of the query (customer, day, order id). */
function byRoot(rows: OrderRow[], rootOf: Map<number, number>): OrderRow[] {
  for (const row of rows) row[0] = rootOf.get(row[0]) ?? row[0];
  return rows.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[4] - y[4]);
}

/** The default as-of day: the shop's latest imported order day (null when there are no orders). */
export function latestOrderDay(db: Db): string | null {
  return db.prepare('SELECT max(created_day) FROM orders').pluck().get() as string | null;
}
