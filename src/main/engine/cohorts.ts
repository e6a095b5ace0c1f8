import type { ShopHistory } from './shop-history.ts';
import { isoMonthOf, monthIndexOf } from './days.ts';
import type { CohortRow } from '../../shared/domain/lifecycle.ts';

/** Maps day numbers to month indexes through a table over the shop's span (no Date per occasion). */
export class MonthTable {
  readonly #first: number;
  readonly #months: Int32Array;

  constructor(first: number, last: number) {
    this.#first = first;
    this.#months = new Int32Array(Math.max(0, last - first + 1));
    for (let d = first; d <= last; d += 1) this.#months[d - first] = monthIndexOf(d);
  }

  of(day: number): number {
    const i = day - this.#first;
    return i >= 0 && i < this.#months.length ? this.#months[i] : monthIndexOf(day);
  }
}

interface Accumulator {
  customers: number;
  /** active[k]: customers with a purchase k months after their first month. */
  active: number[];
  /** eligibleFrom[k]: customers observed for exactly k months after their first (their last possible offset). */
  lastOffset: number[];
  /** Net revenue diff: +v at the purchase's offset, -v after the customer's last observable offset. */
  netDiff: number[];
}

const grow = (a: number[], length: number) => {
  while (a.length < length) a.push(0);
};

/**
 * Cohorts of buyers by a key (first month, first product, ...): for each month k after a
 * customer's own first month, the share with a purchase in it and the cumulative net revenue per
 * customer (the LTV curve). Only customers whose month k is not after the as-of month count in
 * column k, so young customers do not drag the later columns down. Keys are ranked by size and
 * cut to `limit` (month cohorts are never cut).
 */
export function buildCohorts(history: ShopHistory, months: MonthTable, keyOf: (customer: number) => string | null, limit = Number.POSITIVE_INFINITY): CohortRow[] {
  const groups = new Map<string | null, Accumulator>();
  const asOfMonth = months.of(history.asOf);
  const { start, day, net } = history;
  for (let i = 0; i < history.customerIds.length; i += 1) {
    const a = start[i];
    const b = start[i + 1];
    if (a === b) continue;
    const key = keyOf(i);
    let g = groups.get(key);
    if (!g) {
      g = { customers: 0, active: [], lastOffset: [], netDiff: [] };
      groups.set(key, g);
    }
    const firstMonth = months.of(day[a]);
    const maxK = asOfMonth - firstMonth;
    g.customers += 1;
    grow(g.active, maxK + 1);
    grow(g.lastOffset, maxK + 1);
    grow(g.netDiff, maxK + 2);
    g.lastOffset[maxK] += 1;
    let lastK = -1;
    let total = 0;
    for (let k = a; k < b; k += 1) {
      const offset = months.of(day[k]) - firstMonth;
      if (offset !== lastK) {
        g.active[offset] += 1;
        lastK = offset;
      }
      g.netDiff[offset] += net[k];
      total += net[k];
    }
    g.netDiff[maxK + 1] -= total;
  }
  const rows: CohortRow[] = [];
  for (const [key, g] of groups) {
    const retention: number[] = [];
    const cumulative: number[] = [];
    let eligible = g.customers;
    let running = 0;
    for (let k = 0; k < g.active.length; k += 1) {
      running += g.netDiff[k];
      retention.push(eligible > 0 ? g.active[k] / eligible : 0);
      cumulative.push(eligible > 0 ? running / 100 / eligible : 0);
      eligible -= g.lastOffset[k];
    }
    rows.push({ key, customers: g.customers, retention, cumulativeNetPerCustomer: cumulative });
  }
  return rows.sort((x, y) => y.customers - x.customers || String(x.key).localeCompare(String(y.key))).slice(0, limit);
}

/** First-purchase month cohorts, oldest first. */
export function monthCohorts(history: ShopHistory, months: MonthTable): CohortRow[] {
  const names = new Map<number, string>();
  const nameOf = (month: number): string => {
    let name = names.get(month);
    if (name === undefined) {
      name = isoMonthOf(month);
      names.set(month, name);
    }
    return name;
  };
  return buildCohorts(history, months, (i) => nameOf(months.of(history.day[history.start[i]]))).sort((x, y) => String(x.key).localeCompare(String(y.key)));
}
