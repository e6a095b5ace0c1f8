import type { ShopHistory } from './shop-history.ts';

/**
 * Every customer's frequency, recency and age, the figures the predictive models take (docs/models.md, "The input: frequency, recency and age"), in days and cents:
 * x = purchase occasions - 1, tx = days from first to last occasion, T = days from first occasion to
 * the as-of day, repeatMean = mean net value of the repeat occasions (0 when x = 0). Index i is
 * customer history.customerIds[i]; customers without purchases have buyer[i] = 0 and zeros.
 */
export interface FrequencyRecency {
  asOf: number;
  customerIds: Int32Array;
  buyer: Uint8Array;
  x: Int32Array;
  tx: Float64Array;
  T: Float64Array;
  repeatMeanCents: Float64Array;
  netCents: Float64Array;
}

/** The frequency, recency and age of every customer of the history, as of its as-of day. */
export function frequencyRecencyOf(history: ShopHistory): FrequencyRecency {
  const n = history.customerIds.length;
  const buyer = new Uint8Array(n);
  const x = new Int32Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const repeatMeanCents = new Float64Array(n);
  const netCents = new Float64Array(n);
  const { start, day, net, asOf } = history;
  for (let i = 0; i < n; i += 1) {
    const a = start[i];
    const b = start[i + 1];
    if (a === b) continue;
    buyer[i] = 1;
    x[i] = b - a - 1;
    tx[i] = day[b - 1] - day[a];
    T[i] = asOf - day[a];
    let total = 0;
    for (let k = a; k < b; k += 1) total += net[k];
    netCents[i] = total;
    repeatMeanCents[i] = b - a > 1 ? (total - net[a]) / (b - a - 1) : 0;
  }
  return { asOf, customerIds: history.customerIds, buyer, x, tx, T, repeatMeanCents, netCents };
}
