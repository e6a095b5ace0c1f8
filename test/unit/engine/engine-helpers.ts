import { computeLifecycle, type LifecycleResult } from '../../../src/main/engine/compute.ts';
import { loadShopHistory } from '../../../src/main/engine/shop-history.ts';
import { dayNumber, isoDayOf } from '../../../src/main/engine/days.ts';
import type { ShopBuilder } from '../../support/shop-builder.ts';
import type { ShopHistory } from '../../../src/main/engine/shop-history.ts';
import { STAGES, type Stage, type ThresholdOverrides } from '../../../src/shared/domain/lifecycle.ts';

/** Window 30, at-risk 80, lapse 100 days, loyal from 3 purchases: round numbers for hand-checked boundaries. */
export const PINNED: ThresholdOverrides = { window: 30, atRisk: 80, lapse: 100, loyal: 3 };

export const addDays = (day: string, n: number): string => isoDayOf(dayNumber(day) + n);

export function computeAsOf(shop: ShopBuilder, asOf: string, overrides: ThresholdOverrides = PINNED): LifecycleResult {
  return computeLifecycle(loadShopHistory(shop.db, asOf), overrides);
}

/** The stage of one customer as of a day, or null when the customer is not known yet. */
export function stageOf(shop: ShopBuilder, customerId: number, asOf: string, overrides: ThresholdOverrides = PINNED): Stage | null {
  const result = computeAsOf(shop, asOf, overrides);
  const i = result.history.customerIds.indexOf(customerId);
  if (i < 0 || result.journeys.current[i] < 0) return null;
  return STAGES[result.journeys.current[i]];
}

/** The customer's stage history as [stage, from, cause] triples. */
export function journeyOf(shop: ShopBuilder, customerId: number, asOf: string, overrides: ThresholdOverrides = PINNED): [Stage, string, string][] {
  const result = computeAsOf(shop, asOf, overrides);
  const i = result.history.customerIds.indexOf(customerId);
  const out: [Stage, string, string][] = [];
  const j = result.journeys;
  for (let k = j.startOf[i]; k < j.startOf[i + 1]; k += 1) out.push([STAGES[j.stage[k]], isoDayOf(j.from[k]), ['first_seen', 'purchase', 'window_passed', 'at_risk_passed', 'lapse_passed', 'reactivation_ended', 'refund'][j.cause[k]]]);
  return out;
}

export interface GeneratedCustomer {
  /** Purchase occasion days, ascending and distinct. */
  occasions: number[];
  /** Known from a customers export (from day 0). */
  exported: boolean;
  /** Days before the first occasion the customer was first seen (or, without occasions, a tenth of the day). */
  earlierContact: number;
  /** Net cents of each occasion (default 1000 each). */
  net?: number[];
}

/** A shop history in memory (no database) for property tests, the shop starting on day 0. */
export function historyOf(customers: GeneratedCustomer[], asOf: number): ShopHistory {
  const n = customers.length;
  const start = new Int32Array(n + 1);
  const all: number[] = [];
  const net: number[] = [];
  const knownFrom = new Int32Array(n);
  customers.forEach((c, i) => {
    start[i] = all.length;
    all.push(...c.occasions);
    net.push(...c.occasions.map((_, k) => c.net?.[k] ?? 1000));
    knownFrom[i] = c.exported ? 0 : c.occasions.length ? Math.max(0, c.occasions[0] - c.earlierContact) : c.earlierContact * 10;
  });
  start[n] = all.length;
  return {
    asOf,
    shopStart: 0,
    customerIds: Int32Array.from(customers, (_, i) => i + 1),
    knownFrom,
    start,
    day: Int32Array.from(all),
    net: Float64Array.from(net),
    orders: Int32Array.from(customers, (c) => c.occasions.length),
    firstOrderId: new Int32Array(n),
    firstDiscount: new Array<string | null>(n).fill(null),
    firstChannel: new Array<string | null>(n).fill(null),
  };
}
