import type { Db } from '../../db/connection.ts';
import { DayCache } from '../days.ts';
import { describeDays } from '../distributions.ts';
import { COUNTED_PURCHASE_SQL } from '../../db/counted-purchase.ts';
import { readReport, readStoredState } from './state.ts';
import { RFM_SEGMENTS, type CohortDimension, type Cohorts, type Distribution, type FirstProductRow, type JourneyStats, type PurchaseTiming, type RfmGrid, type RfmMethod, type RfmSegment } from '../../../shared/domain/lifecycle.ts';
import { rfmSegment } from '../rfm.ts';

const emptyDistribution = describeDays(new Float64Array(0));

export function cohorts(db: Db, dimension: CohortDimension): Cohorts {
  return { dimension, asOf: readStoredState(db)?.asOf ?? null, rows: readReport(db, `cohorts.${dimension}`, []) };
}

export function journeyStats(db: Db): JourneyStats {
  return readReport<JourneyStats>(db, 'journeyStats', { conversions: [], medianDaysInStage: { prospect: null, new: null, repeat: null, loyal: null, at_risk: null, lapsed: null, reactivated: null } });
}

/**
 * Timing of purchases: 1st -> 2nd and later gaps (stored by the recompute) and, per product, the
 * days between a customer's consecutive purchases of that product (for replenishment reminders),
 * for the `products` products repurchased most often.
 */
export function purchaseTiming(db: Db, products = 20): PurchaseTiming {
  const state = readStoredState(db);
  const stored = readReport<{ firstToSecond: Distribution; laterGaps: Distribution }>(db, 'timing', { firstToSecond: emptyDistribution, laterGaps: emptyDistribution });
  const perProduct: PurchaseTiming['products'] = [];
  if (state?.asOf && products > 0) {
    // Orders and lines are read in two plain scans and joined in memory: a join in SQL would look
    // up every line's order in the (large) orders table, several times slower at 100,000 customers.
    const rootOf = new Map(db.prepare('SELECT id, merged_into FROM customers WHERE merged_into IS NOT NULL').raw().all() as [number, number][]);
    const days = new DayCache();
    const orderKey = new Map<number, number>();
    const orders = db
      .prepare(`SELECT o.id, o.customer_id, o.created_day FROM orders o WHERE o.customer_id IS NOT NULL AND ${COUNTED_PURCHASE_SQL} AND o.created_day <= ?`)
      .raw()
      .all(state.asOf) as [number, number, string][];
    for (const [id, customer, day] of orders) orderKey.set(id, (rootOf.get(customer) ?? customer) * 100_000 + days.parse(day));
    // Lines are read as two numbers each (order, product), and each product's title once: a title string
    // per line cost more than all the rest of this analysis.
    const titles: string[] = [];
    const titleNumbers = new Map<string, number>();
    const titleOf = new Map<number, number>();
    for (const [productId, title] of db.prepare('SELECT id, product_title FROM products WHERE product_title IS NOT NULL').raw().all() as [number, string][]) {
      let n = titleNumbers.get(title);
      if (n === undefined) {
        n = titles.push(title) - 1;
        titleNumbers.set(title, n);
      }
      titleOf.set(productId, n);
    }
    const keysByTitle = titles.map((): number[] => []);
    for (const [orderId, productId] of db.prepare('SELECT order_id, product_id FROM order_lines').raw().all() as [number, number][]) {
      const key = orderKey.get(orderId);
      const title = titleOf.get(productId);
      if (key !== undefined && title !== undefined) keysByTitle[title].push(key);
    }
    const intervals = new Map<string, { gaps: number[]; customers: Set<number> }>();
    for (const [title, keys] of keysByTitle.entries()) {
      const product = titles[title];
      const sorted = Float64Array.from(keys).sort();
      const entry = { gaps: [] as number[], customers: new Set<number>() };
      for (let k = 1; k < sorted.length; k += 1) {
        const customer = Math.floor(sorted[k] / 100_000);
        const gap = sorted[k] - sorted[k - 1];
        if (customer !== Math.floor(sorted[k - 1] / 100_000) || gap === 0) continue;
        entry.gaps.push(gap);
        entry.customers.add(customer);
      }
      if (entry.gaps.length) intervals.set(product, entry);
    }
    const ranked = [...intervals.entries()].sort((a, b) => b[1].gaps.length - a[1].gaps.length || a[0].localeCompare(b[0])).slice(0, products);
    for (const [product, { gaps, customers }] of ranked) {
      perProduct.push({ product, repurchases: gaps.length, customers: customers.size, interval: describeDays(Float64Array.from(gaps).sort()) });
    }
  }
  return { asOf: state?.asOf ?? null, firstToSecond: stored.firstToSecond, laterGaps: stored.laterGaps, products: perProduct };
}

/**
 * For each product bought in a first order: how many of those customers came back and what they are worth
 * since. CROSS JOIN keeps SQLite going from the customers to their first order's lines (left to choose, it
 * starts from the few products and builds two temporary indexes, twice as slow).
 */
export function firstProducts(db: Db, limit = 100): FirstProductRow[] {
  const rows = db
    .prepare(
      `SELECT li.product_title AS product, count(DISTINCT m.customer_id) AS customers,
              count(DISTINCT CASE WHEN m.purchases > 1 THEN m.customer_id END) AS came_back,
              sum(m.net_cents) AS net, sum(m.repeat_mean_cents * (m.purchases - 1)) AS net_since
         FROM lifecycle_customers m CROSS JOIN line_items li ON li.order_id = m.first_order_id
        WHERE li.product_title IS NOT NULL
        GROUP BY li.product_title ORDER BY customers DESC, product LIMIT ?`,
    )
    .all(limit) as { product: string; customers: number; came_back: number; net: number; net_since: number }[];
  return rows.map((r) => ({
    product: r.product,
    customers: r.customers,
    cameBack: r.came_back,
    returnRate: r.customers ? r.came_back / r.customers : 0,
    averageNetSince: r.customers ? r.net_since / 100 / r.customers : 0,
    averageNetValue: r.customers ? r.net / 100 / r.customers : 0,
  }));
}

/** The 5 x 5 R x F grid with counts and net revenue, and the named segments' totals. */
export function rfmGrid(db: Db): RfmGrid {
  const rows = db.prepare('SELECT r, f, count(*) AS n, sum(net_cents) AS net FROM lifecycle_customers WHERE r IS NOT NULL GROUP BY r, f').all() as { r: number; f: number; n: number; net: number }[];
  const cells: RfmGrid['cells'] = [];
  for (let f = 5; f >= 1; f -= 1) {
    for (let r = 1; r <= 5; r += 1) {
      const row = rows.find((x) => x.r === r && x.f === f);
      cells.push({ r, f, segment: rfmSegment(r, f), customers: row?.n ?? 0, netValue: (row?.net ?? 0) / 100 });
    }
  }
  const segments = RFM_SEGMENTS.map((segment: RfmSegment) => {
    const inSegment = cells.filter((c) => c.segment === segment);
    return { segment, customers: inSegment.reduce((s, c) => s + c.customers, 0), netValue: inSegment.reduce((s, c) => s + c.netValue, 0) };
  });
  const method = readReport<RfmMethod | null>(db, 'rfm', null);
  return { asOf: readStoredState(db)?.asOf ?? null, method, cells, segments: method?.withheld === null ? segments : [] };
}
