import { RowHash } from './hash.ts';
import type { RecomputeRun, RecomputeStep } from './run.ts';
import { isoMonthOf } from '../days.ts';
import { RFM_SEGMENTS, STAGES, STAGE_CAUSES } from '../../../shared/domain/lifecycle.ts';

const INSERT_CUSTOMER = `
  INSERT OR REPLACE INTO lifecycle_customers
    (customer_id, stage, stage_rank, rule_stage, stage_since, purchases, orders, net_cents, aov_cents, repeat_mean_cents,
     first_day, last_day, r, f, m, segment, vip, first_order_id, cohort_month, row_hash, journey_hash,
     first_product, first_discount, first_channel)
  VALUES (@id, @stage, @rank, @stage, @since, @purchases, @orders, @net, @aov, @repeatMean, @firstDay, @lastDay, @r, @f, @m,
     @segment, @vip, @firstOrder, @cohort, @rowHash, @journeyHash,
     (SELECT product_title FROM line_items WHERE order_id = @firstOrder ORDER BY position LIMIT 1),
     (SELECT discount_code FROM orders WHERE id = @firstOrder),
     (SELECT source_channel FROM orders WHERE id = @firstOrder))`;

/**
 * Writes each customer's metrics and stage history. Rows whose fingerprint did not change since
 * the last recompute are left alone, so a recompute after one more day of orders rewrites only the
 * customers it touched.
 */
export const writeCustomers: RecomputeStep = {
  name: 'customers',
  run(run: RecomputeRun) {
    const { db, result, days } = run;
    const { history, journeys, rfm, summaries, vip } = result;
    const stored = new Map<number, { row: number; journey: number }>();
    if (run.full) {
      db.exec('DELETE FROM lifecycle_customers; DELETE FROM lifecycle_journeys;');
    } else {
      for (const [id, row, journey] of db.prepare('SELECT customer_id, row_hash, journey_hash FROM lifecycle_customers').raw().iterate() as IterableIterator<[number, number, number]>) {
        stored.set(id, { row, journey });
      }
    }
    const insertCustomer = db.prepare(INSERT_CUSTOMER);
    const deleteJourney = db.prepare('DELETE FROM lifecycle_journeys WHERE customer_id = ?');
    const insertJourney = db.prepare('INSERT INTO lifecycle_journeys (customer_id, seq, stage, from_day, to_day, cause) VALUES (?, ?, ?, ?, ?, ?)');
    const deleteCustomer = db.prepare('DELETE FROM lifecycle_customers WHERE customer_id = ?');

    for (let i = 0; i < history.customerIds.length; i += 1) {
      const stage = journeys.current[i];
      if (stage < 0) continue;
      const id = history.customerIds[i];
      const a = history.start[i];
      const b = history.start[i + 1];
      const purchases = b - a;
      const orders = history.orders[i];
      const net = summaries.netCents[i];
      const aov = orders ? Math.round(net / orders) : null;
      const repeatMean = Math.round(summaries.repeatMeanCents[i]);
      const firstDay = purchases ? history.day[a] : -1;
      const lastDay = purchases ? history.day[b - 1] : -1;
      const segment = rfm.segment[i];
      const firstOrder = history.firstOrderId[i];

      const jh = new RowHash();
      for (let j = journeys.startOf[i]; j < journeys.startOf[i + 1]; j += 1) jh.add(journeys.stage[j]).add(journeys.from[j]).add(journeys.cause[j]);
      const rh = new RowHash()
        .add(stage).add(journeys.since[i]).add(purchases).add(orders).add(net).add(aov ?? -1).add(repeatMean)
        .add(firstDay).add(lastDay).add(rfm.r[i]).add(rfm.f[i]).add(rfm.m[i]).add(segment).add(vip[i]).add(firstOrder);
      const before = stored.get(id);
      stored.delete(id);
      const rowHash = rh.value;
      const journeyHash = jh.value;
      if (before && before.row === rowHash && before.journey === journeyHash) continue;
      run.changed.push(i);
      insertCustomer.run({
        id,
        stage: STAGES[stage],
        rank: stage,
        since: days.iso(journeys.since[i]),
        purchases,
        orders,
        net,
        aov,
        repeatMean,
        firstDay: purchases ? days.iso(firstDay) : null,
        lastDay: purchases ? days.iso(lastDay) : null,
        r: rfm.r[i] || null,
        f: rfm.f[i] || null,
        m: rfm.m[i] || null,
        segment: segment === 255 ? null : RFM_SEGMENTS[segment],
        vip: vip[i],
        firstOrder: firstOrder || null,
        cohort: purchases ? isoMonthOf(result.months.of(firstDay)) : null,
        rowHash,
        journeyHash,
      });
      if (before && before.journey === journeyHash) continue;
      if (before) deleteJourney.run(id);
      for (let j = journeys.startOf[i], seq = 1; j < journeys.startOf[i + 1]; j += 1, seq += 1) {
        const open = j + 1 === journeys.startOf[i + 1];
        insertJourney.run(id, seq, STAGES[journeys.stage[j]], days.iso(journeys.from[j]), open ? null : days.iso(journeys.to[j]), STAGE_CAUSES[journeys.cause[j]]);
      }
    }
    for (const id of stored.keys()) {
      deleteCustomer.run(id);
      deleteJourney.run(id);
    }
  },
};
