import { RowHash } from './hash.ts';
import { BatchInsert } from './batch-insert.ts';
import { firstOrderDetails } from './first-order-details.ts';
import { withoutIndexes } from './bulk-indexes.ts';
import type { RecomputeRun, RecomputeStep } from './run.ts';
import { isoMonthOf } from '../days.ts';
import { RFM_SEGMENTS, STAGES, STAGE_CAUSES } from '../../../shared/domain/lifecycle.ts';

const CUSTOMER_COLUMNS = `(customer_id, stage, stage_rank, rule_stage, stage_since, purchases, orders, net_cents, aov_cents, repeat_mean_cents,
  first_day, last_day, r, f, m, segment, vip, first_order_id, first_product, first_discount, first_channel, cohort_month, row_hash, journey_hash)`;

/** Fingerprints of a customer's stored row and stage history. */
function fingerprints(run: RecomputeRun, i: number): { row: number; journey: number } {
  const { history, journeys, rfm, summaries, vip } = run.result;
  const jh = new RowHash();
  for (let j = journeys.startOf[i]; j < journeys.startOf[i + 1]; j += 1) jh.add(journeys.stage[j]).add(journeys.from[j]).add(journeys.cause[j]);
  const a = history.start[i];
  const b = history.start[i + 1];
  const rh = new RowHash()
    .add(journeys.current[i]).add(journeys.since[i]).add(b - a).add(history.orders[i]).add(summaries.netCents[i]).add(Math.round(summaries.repeatMeanCents[i]))
    .add(b > a ? history.day[a] : -1).add(b > a ? history.day[b - 1] : -1).add(rfm.r[i]).add(rfm.f[i]).add(rfm.m[i]).add(rfm.segment[i]).add(vip[i]).add(history.firstOrderId[i]);
  return { row: rh.value, journey: jh.value };
}

/**
 * Writes each customer's metrics and stage history. Rows whose fingerprint did not change since
 * the last recompute are left alone, so a recompute after one more day of orders rewrites only the
 * customers it touched.
 */
export const writeCustomers: RecomputeStep = {
  name: 'customers',
  run(run: RecomputeRun) {
    const { db, result } = run;
    const { history, journeys } = result;
    const stored = new Map<number, { row: number; journey: number }>();
    if (run.full) {
      db.exec('DELETE FROM lifecycle_customers; DELETE FROM lifecycle_journeys;');
    } else {
      for (const [id, row, journey] of db.prepare('SELECT customer_id, row_hash, journey_hash FROM lifecycle_customers').raw().all() as [number, number, number][]) {
        stored.set(id, { row, journey });
      }
    }

    const changedRows: number[] = [];
    const newJourney: boolean[] = [];
    const hashes: { row: number; journey: number }[] = [];
    for (let i = 0; i < history.customerIds.length; i += 1) {
      if (journeys.current[i] < 0) continue;
      const id = history.customerIds[i];
      const now = fingerprints(run, i);
      const before = stored.get(id);
      stored.delete(id);
      if (before && before.row === now.row && before.journey === now.journey) continue;
      changedRows.push(i);
      newJourney.push(!before || before.journey !== now.journey);
      hashes.push(now);
    }
    run.changed = changedRows;

    const deleteCustomer = db.prepare('DELETE FROM lifecycle_customers WHERE customer_id = ?');
    const deleteJourney = db.prepare('DELETE FROM lifecycle_journeys WHERE customer_id = ?');
    for (const id of stored.keys()) {
      deleteCustomer.run(id);
      deleteJourney.run(id);
    }

    const rewriteMost = run.full || changedRows.length > 0.2 * history.customerIds.length;
    if (rewriteMost) withoutIndexes(db, 'lifecycle_customers', () => writeRows(run, changedRows, newJourney, hashes));
    else writeRows(run, changedRows, newJourney, hashes);
  },
};

/** Writes the changed customers' rows and, where it changed, their stage history. */
function writeRows(run: RecomputeRun, changedRows: number[], newJourney: boolean[], hashes: { row: number; journey: number }[]): void {
  const { db, result, days } = run;
  const { history, journeys, rfm, summaries, vip } = result;
  const deleteJourney = db.prepare('DELETE FROM lifecycle_journeys WHERE customer_id = ?');
  const details = firstOrderDetails(db, changedRows.map((i) => history.firstOrderId[i]).filter((id) => id > 0));
  const customers = new BatchInsert(db, `INSERT OR REPLACE INTO lifecycle_customers ${CUSTOMER_COLUMNS}`, 24);
  const journeyRows = new BatchInsert(db, 'INSERT INTO lifecycle_journeys (customer_id, seq, stage, from_day, to_day, cause)', 6);
  changedRows.forEach((i, k) => {
    const id = history.customerIds[i];
    const stage = journeys.current[i];
    const a = history.start[i];
    const b = history.start[i + 1];
    const purchases = b - a;
    const orders = history.orders[i];
    const net = summaries.netCents[i];
    const segment = rfm.segment[i];
    const firstOrder = history.firstOrderId[i];
    const first = firstOrder ? details.get(firstOrder) : undefined;
    customers.add(
      id,
      STAGES[stage],
      stage,
      STAGES[stage],
      days.iso(journeys.since[i]),
      purchases,
      orders,
      net,
      orders ? Math.round(net / orders) : null,
      Math.round(summaries.repeatMeanCents[i]),
      purchases ? days.iso(history.day[a]) : null,
      purchases ? days.iso(history.day[b - 1]) : null,
      rfm.r[i] || null,
      rfm.f[i] || null,
      rfm.m[i] || null,
      segment === 255 ? null : RFM_SEGMENTS[segment],
      vip[i],
      firstOrder || null,
      first?.product ?? null,
      first?.discount ?? null,
      first?.channel ?? null,
      purchases ? isoMonthOf(result.months.of(history.day[a])) : null,
      hashes[k].row,
      hashes[k].journey,
    );
    if (!newJourney[k]) return;
    if (!run.full) deleteJourney.run(id);
    for (let j = journeys.startOf[i], seq = 1; j < journeys.startOf[i + 1]; j += 1, seq += 1) {
      const open = j + 1 === journeys.startOf[i + 1];
      journeyRows.add(id, seq, STAGES[journeys.stage[j]], days.iso(journeys.from[j]), open ? null : days.iso(journeys.to[j]), STAGE_CAUSES[journeys.cause[j]]);
    }
  });
  customers.flush();
  journeyRows.flush();
}
