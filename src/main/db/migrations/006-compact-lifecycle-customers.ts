import type { Migration } from '../migrate.ts';

/** Stage and RFM segment names in the order of their codes (as in shared/domain/lifecycle.ts when this migration was written). */
const STAGE_NAMES = ['prospect', 'new', 'repeat', 'loyal', 'at_risk', 'lapsed', 'reactivated'];
const CAUSE_NAMES = ['first_seen', 'purchase', 'window_passed', 'at_risk_passed', 'lapse_passed', 'reactivation_ended', 'refund'];
const SEGMENT_NAMES = ['champions', 'loyal_customers', 'potential_loyalist', 'new_customers', 'promising', 'need_attention', 'about_to_sleep', 'at_risk', 'cant_lose', 'hibernating'];

const nameOf = (code: string, names: readonly string[]) => `CASE ${code} ${names.map((n, i) => `WHEN ${i} THEN '${n}'`).join(' ')} END`;
const codeOf = (name: string, names: readonly string[]) => `CASE ${name} ${names.map((n, i) => `WHEN '${n}' THEN ${i}`).join(' ')} END`;
const isoDay = (dayNumber: string) => `date(${dayNumber} * 86400, 'unixepoch')`;
const dayNumberOf = (isoDay: string) => `unixepoch(${isoDay}) / 86400`;

/** A journey stored as text (`stage first-day cause` per stay, `;` between) as the blob of engine/stored-journey.ts; null when it does not parse. */
function journeyBlob(text: string): Buffer | null {
  const stays = text === '' ? [] : text.split(';');
  const blob = Buffer.alloc(4 * stays.length);
  for (const [k, stay] of stays.entries()) {
    const [stage, from, cause] = stay.split(' ');
    const day = Date.parse(`${from}T00:00:00Z`) / 86_400_000;
    if (!Number.isInteger(day) || !STAGE_NAMES.includes(stage) || !CAUSE_NAMES.includes(cause)) return null;
    blob.writeInt32BE(day * 64 + STAGE_NAMES.indexOf(stage) * 8 + CAUSE_NAMES.indexOf(cause), 4 * k);
  }
  return blob;
}

/**
 * A recompute writes one lifecycle_customers row per customer, so a row is made cheap to write:
 * stages and segments are stored as codes, days as day numbers (days since 1970-01-01) and the
 * stage history as a blob of numbers (engine/stored-journey.ts) instead of text. What can be
 * derived is computed on read by VIRTUAL generated columns under the old names (stage,
 * rule_stage, stage_since, first_day, last_day, segment, aov_cents, cohort_month), so queries
 * read the same values as before. The first order's discount code and channel, never read from
 * this table, are dropped, and so are the indexes on the first and last purchase day: every full
 * recompute rebuilds the indexes, and a sort by a day is a single pass without one (as for the
 * other sorts without an index, such as by purchases).
 * Existing rows are converted, so the results stay valid without a recompute; a row whose values
 * are not the engine's (only a damaged file holds such) is dropped, to be rewritten by the next recompute.
 *
 * Every recompute also reads all orders by customer, day and id (engine/shop-history.ts): the
 * (customer_id, created_day) index becomes one that holds every column that read needs, in that
 * order, so it no longer looks up each order in the table. It still serves every lookup by customer.
 */
export const compactLifecycleCustomers: Migration = {
  version: 6,
  name: 'compact-lifecycle-customers',
  up(db) {
    db.exec(`
      CREATE TABLE lifecycle_customers_v6 (
        customer_id         INTEGER PRIMARY KEY,
        stage_rank          INTEGER NOT NULL,
        rule_rank           INTEGER NOT NULL,
        stage_since_number  INTEGER NOT NULL,
        purchases           INTEGER NOT NULL,
        orders              INTEGER NOT NULL,
        net_cents           INTEGER NOT NULL,
        repeat_mean_cents   INTEGER NOT NULL,
        first_day_number    INTEGER,
        last_day_number     INTEGER,
        r                   INTEGER,
        f                   INTEGER,
        m                   INTEGER,
        segment_code        INTEGER,
        vip                 INTEGER NOT NULL,
        first_order_id      INTEGER,
        first_product       TEXT,
        journey             BLOB NOT NULL,
        row_hash            INTEGER NOT NULL,
        stage               TEXT GENERATED ALWAYS AS (${nameOf('stage_rank', STAGE_NAMES)}) VIRTUAL,
        rule_stage          TEXT GENERATED ALWAYS AS (${nameOf('rule_rank', STAGE_NAMES)}) VIRTUAL,
        stage_since         TEXT GENERATED ALWAYS AS (${isoDay('stage_since_number')}) VIRTUAL,
        first_day           TEXT GENERATED ALWAYS AS (${isoDay('first_day_number')}) VIRTUAL,
        last_day            TEXT GENERATED ALWAYS AS (${isoDay('last_day_number')}) VIRTUAL,
        segment             TEXT GENERATED ALWAYS AS (${nameOf('segment_code', SEGMENT_NAMES)}) VIRTUAL,
        aov_cents           INTEGER GENERATED ALWAYS AS (CASE WHEN orders > 0 THEN CAST(floor(CAST(net_cents AS REAL) / orders + 0.5) AS INTEGER) END) VIRTUAL,
        cohort_month        TEXT GENERATED ALWAYS AS (substr(first_day, 1, 7)) VIRTUAL
      ) STRICT;

      INSERT INTO lifecycle_customers_v6
        (customer_id, stage_rank, rule_rank, stage_since_number, purchases, orders, net_cents, repeat_mean_cents,
         first_day_number, last_day_number, r, f, m, segment_code, vip, first_order_id, first_product, journey, row_hash)
      SELECT customer_id, stage_rank, ${codeOf('rule_stage', STAGE_NAMES)}, ${dayNumberOf('stage_since')}, purchases, orders, net_cents, repeat_mean_cents,
             ${dayNumberOf('first_day')}, ${dayNumberOf('last_day')}, r, f, m, ${codeOf('segment', SEGMENT_NAMES)}, vip, first_order_id, first_product, X'', row_hash
        FROM lifecycle_customers
       WHERE ${codeOf('rule_stage', STAGE_NAMES)} IS NOT NULL AND ${dayNumberOf('stage_since')} IS NOT NULL;
    `);
    const setJourney = db.prepare('UPDATE lifecycle_customers_v6 SET journey = ? WHERE customer_id = ?');
    const remove = db.prepare('DELETE FROM lifecycle_customers_v6 WHERE customer_id = ?');
    for (const [id, text] of db.prepare('SELECT customer_id, journey FROM lifecycle_customers').raw().all() as [number, string][]) {
      const blob = journeyBlob(text);
      if (blob === null) remove.run(id);
      else setJourney.run(blob, id);
    }
    db.exec(`
      DROP TABLE lifecycle_customers;
      ALTER TABLE lifecycle_customers_v6 RENAME TO lifecycle_customers;

      CREATE INDEX lifecycle_customers_stage ON lifecycle_customers(stage, net_cents);
      CREATE INDEX lifecycle_customers_net ON lifecycle_customers(net_cents);

      DROP INDEX orders_customer_day;
      CREATE INDEX orders_customer_history ON orders(customer_id, created_day, id, is_purchase, net_cents, refunded_cents, discount_code, source_channel);
    `);
  },
};
