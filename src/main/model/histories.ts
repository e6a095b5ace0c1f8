/**
 * One customer's purchase history as the models see it, in the model's time unit:
 * x repeat purchase occasions, t_x time from first to last occasion, T time from first occasion
 * to the as-of date; repeatMean is the mean value of the repeat occasions (0 when x = 0).
 */
export interface PurchaseHistory {
  x: number;
  tx: number;
  T: number;
  repeatMean: number;
}

/** Customers with identical (x, t_x, T) contribute identically to the BG/NBD likelihood: one row each. */
export interface GroupedHistories {
  x: Float64Array;
  count: Float64Array;
  /** Index of each row's x into distinctX, so x-only terms (log-gamma, digamma) are computed once per x. */
  xIndex: Int32Array;
  distinctX: Float64Array;
  /** Index of each row's T and t_x into `times`, so ln(α + t) is computed once per distinct time. */
  TIndex: Int32Array;
  txIndex: Int32Array;
  times: Float64Array;
  customers: number;
  repeatCustomers: number;
}

function isValidHistory(h: PurchaseHistory): boolean {
  return Number.isInteger(h.x) && h.x >= 0 && Number.isFinite(h.tx) && Number.isFinite(h.T) && h.tx >= 0 && h.T >= 0 && h.tx <= h.T + 1e-9;
}

function indexer(): { index: (v: number) => number; values: number[] } {
  const values: number[] = [];
  const map = new Map<number, number>();
  return {
    values,
    index(v) {
      let i = map.get(v);
      if (i === undefined) {
        i = values.length;
        map.set(v, i);
        values.push(v);
      }
      return i;
    },
  };
}

/** Groups histories by (x, t_x, T) with numeric maps. Invalid rows (negative or non-finite values, t_x > T) are skipped. */
export function groupHistories(histories: readonly PurchaseHistory[]): GroupedHistories {
  const times = indexer();
  const xs = indexer();
  const rows = new Map<number, Map<number, Map<number, number>>>();
  const rowX: number[] = [];
  const rowTx: number[] = [];
  const rowT: number[] = [];
  const counts: number[] = [];
  let customers = 0;
  let repeatCustomers = 0;
  for (const h of histories) {
    if (!isValidHistory(h)) continue;
    customers += 1;
    if (h.x > 0) repeatCustomers += 1;
    const ti = times.index(h.T);
    const txi = times.index(h.x > 0 ? h.tx : 0);
    const xi = xs.index(h.x);
    let byTx = rows.get(xi);
    if (!byTx) rows.set(xi, (byTx = new Map()));
    let byT = byTx.get(txi);
    if (!byT) byTx.set(txi, (byT = new Map()));
    const row = byT.get(ti);
    if (row === undefined) {
      byT.set(ti, counts.length);
      rowX.push(xi);
      rowTx.push(txi);
      rowT.push(ti);
      counts.push(1);
    } else {
      counts[row] += 1;
    }
  }
  return {
    x: Float64Array.from(rowX, (i) => xs.values[i]),
    count: Float64Array.from(counts),
    xIndex: Int32Array.from(rowX),
    distinctX: Float64Array.from(xs.values),
    TIndex: Int32Array.from(rowT),
    txIndex: Int32Array.from(rowTx),
    times: Float64Array.from(times.values),
    customers,
    repeatCustomers,
  };
}

/** Repeat purchases and customer-weeks of exposure (T) over all customers: the data's own rate, where fits start. */
export function purchasesAndExposure(data: GroupedHistories): { purchases: number; exposure: number } {
  let purchases = 0;
  let exposure = 0;
  for (let j = 0; j < data.x.length; j += 1) {
    purchases += data.count[j] * data.x[j];
    exposure += data.count[j] * data.times[data.TIndex[j]];
  }
  return { purchases, exposure };
}
