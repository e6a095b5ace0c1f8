import { RowHash } from './hash.ts';
import { BatchInsert } from '../../db/batch-insert.ts';
import { firstProducts } from './first-products.ts';
import { withoutSecondaryIndexes } from '../../db/secondary-indexes.ts';
import type { RecomputeRun, RecomputeStep } from './recompute-step.ts';
import { StoredJourneys } from '../stored-journey.ts';

/** The stored columns (the table derives the others, such as stage names and ISO days, on read). */
const COLUMNS = [
  'customer_id', 'stage_rank', 'rule_rank', 'stage_since_number', 'purchases', 'orders', 'net_cents', 'repeat_mean_cents', 'first_day_number',
  'last_day_number', 'r', 'f', 'm', 'segment_code', 'vip', 'first_order_id', 'first_product', 'journey', 'row_hash',
];

/** Fingerprint of everything stored for a customer except the first-order details (fixed by first_order_id). */
function fingerprint(run: RecomputeRun, i: number): number {
  const { history, journeys, rfm, frequencyRecency, vip } = run.result;
  const h = new RowHash();
  for (let j = journeys.startOf[i]; j < journeys.startOf[i + 1]; j += 1) h.add(journeys.stage[j]).add(journeys.from[j]).add(journeys.cause[j]);
  const a = history.start[i];
  const b = history.start[i + 1];
  return h
    .add(journeys.current[i]).add(b - a).add(history.orders[i]).add(frequencyRecency.netCents[i]).add(Math.round(frequencyRecency.repeatMeanCents[i]))
    .add(b > a ? history.day[a] : -1).add(b > a ? history.day[b - 1] : -1).add(rfm.r[i]).add(rfm.f[i]).add(rfm.m[i]).add(rfm.segment[i]).add(vip[i]).add(history.firstOrderId[i])
    .value;
}

/**
 * Writes each customer's metrics and stage history. Rows whose fingerprint did not change since
 * the last recompute are left alone, so a recompute after one more day of orders rewrites only the
 * customers it touched; when most rows change, the indexes are rebuilt once instead.
 */
export const writeCustomers: RecomputeStep = {
  name: 'customers',
  run(run: RecomputeRun) {
    const { db, result } = run;
    const { history, journeys } = result;
    // Stored ids and fingerprints, both ascending by id like the history's customers: one merging walk pairs them.
    const storedIds = run.full ? [] : (db.prepare('SELECT customer_id FROM lifecycle_customers ORDER BY customer_id').pluck().all() as number[]);
    const storedHashes = run.full ? [] : (db.prepare('SELECT row_hash FROM lifecycle_customers ORDER BY customer_id').pluck().all() as number[]);
    if (run.full) db.exec('DELETE FROM lifecycle_customers');

    const changed: number[] = [];
    const hashes = new Int32Array(history.customerIds.length);
    const gone: number[] = [];
    let s = 0;
    for (let i = 0; i < history.customerIds.length; i += 1) {
      const id = history.customerIds[i];
      while (s < storedIds.length && storedIds[s] < id) gone.push(storedIds[s++]);
      const before = s < storedIds.length && storedIds[s] === id ? storedHashes[s++] : undefined;
      if (journeys.current[i] < 0) {
        if (before !== undefined) gone.push(id);
        continue;
      }
      const hash = fingerprint(run, i);
      if (before === hash) continue;
      hashes[changed.length] = hash;
      changed.push(i);
    }
    while (s < storedIds.length) gone.push(storedIds[s++]);
    run.changed = changed;
    const remove = db.prepare('DELETE FROM lifecycle_customers WHERE customer_id = ?');
    for (const id of gone) remove.run(id);
    // BatchInsert adds rows and never replaces one: the rows of the changed customers go first.
    if (!run.full) for (const i of changed) remove.run(history.customerIds[i]);
    if (run.full || changed.length > 0.2 * history.customerIds.length) withoutSecondaryIndexes(db, 'lifecycle_customers', () => writeRows(run, changed, hashes));
    else writeRows(run, changed, hashes);
  },
};

/** Writes the rows of the changed customers (history indexes), with their fingerprints (hashes[k] for changed[k]). */
function writeRows(run: RecomputeRun, changed: number[], hashes: Int32Array): void {
  const { db, result } = run;
  const { history, journeys, rfm, frequencyRecency, vip } = result;
  const productOf = firstProducts(db, changed.map((i) => history.firstOrderId[i]).filter((id) => id > 0));
  if (run.full) {
    const products = new Array<string | null>(history.customerIds.length).fill(null);
    for (const i of changed) products[i] = history.firstOrderId[i] ? productOf(history.firstOrderId[i]) : null;
    run.firstProducts = products;
  }
  const stored = new StoredJourneys(journeys, changed);
  const rows = new BatchInsert(db, 'lifecycle_customers', COLUMNS);
  changed.forEach((i, k) => {
    const stage = journeys.current[i];
    const a = history.start[i];
    const b = history.start[i + 1];
    const purchases = b - a;
    const segment = rfm.segment[i];
    const firstOrder = history.firstOrderId[i];
    rows.add(
      history.customerIds[i],
      stage,
      stage,
      journeys.since[i],
      purchases,
      history.orders[i],
      frequencyRecency.netCents[i],
      Math.round(frequencyRecency.repeatMeanCents[i]),
      purchases ? history.day[a] : null,
      purchases ? history.day[b - 1] : null,
      rfm.r[i] || null,
      rfm.f[i] || null,
      rfm.m[i] || null,
      segment === 255 ? null : segment,
      vip[i],
      firstOrder || null,
      firstOrder ? productOf(firstOrder) : null,
      stored.blob(k),
      hashes[k],
    );
  });
  rows.flush();
}
