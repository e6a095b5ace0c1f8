import type { Db } from '../db/connection.ts';
import { loadShopHistory, type ShopHistory } from '../engine/shop-history.ts';
import { frequencyRecencyOf, type FrequencyRecency } from '../engine/frequency-recency.ts';
import type { CustomerFrequencyRecency } from './customer-frequency-recency.ts';

export interface ModelInputs {
  /** Buyers only, in the engine's customer order; `index[k]` is the engine's history index of buyers[k]. */
  buyers: CustomerFrequencyRecency[];
  index: Int32Array;
  /** Mean net value of a purchase occasion in currency units, for customers the spend model cannot value. */
  fallbackOrderValue: number | null;
  /** Number of customers in the engine's history (buyers and prospects). */
  historySize: number;
}

/** Turns the engine's frequency, recency and age of every customer (days, cents) into the models' input (days, currency units). */
export function modelInputsFrom(s: FrequencyRecency): ModelInputs {
  const buyers: CustomerFrequencyRecency[] = [];
  const index: number[] = [];
  let totalCents = 0;
  let occasions = 0;
  for (let i = 0; i < s.customerIds.length; i += 1) {
    if (!s.buyer[i]) continue;
    buyers.push({ customerId: s.customerIds[i], x: s.x[i], txDays: s.tx[i], TDays: s.T[i], repeatMean: s.repeatMeanCents[i] / 100 });
    index.push(i);
    totalCents += s.netCents[i];
    occasions += s.x[i] + 1;
  }
  const fallback = occasions > 0 ? totalCents / occasions / 100 : null;
  return { buyers, index: Int32Array.from(index), fallbackOrderValue: fallback !== null && fallback > 0 ? fallback : null, historySize: s.customerIds.length };
}

/** Reads the shop's purchase history as of a day and measures each buyer's frequency, recency and age for the models. */
export function loadModelInputs(db: Db, asOf: string): ModelInputs & { history: ShopHistory } {
  const history = loadShopHistory(db, asOf);
  return { ...modelInputsFrom(frequencyRecencyOf(history)), history };
}
