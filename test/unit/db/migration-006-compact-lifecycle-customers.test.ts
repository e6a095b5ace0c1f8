import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';
import { STORED_JOURNEY_SQL, parseJourney } from '../../../src/main/engine/stored-journey.ts';
import { RFM_SEGMENTS, STAGES } from '../../../src/shared/domain/lifecycle.ts';

const OLD_COLUMNS = `(customer_id, stage, stage_rank, rule_stage, stage_since, purchases, orders, net_cents, aov_cents, repeat_mean_cents,
  first_day, last_day, r, f, m, segment, vip, first_order_id, first_product, first_discount, first_channel, cohort_month, journey, row_hash)`;
const READ = `SELECT customer_id, stage, stage_rank, rule_stage, stage_since, purchases, orders, net_cents, aov_cents, repeat_mean_cents,
  first_day, last_day, r, f, m, segment, vip, first_order_id, first_product, cohort_month, row_hash FROM lifecycle_customers ORDER BY customer_id`;

describe('migration 6: compact lifecycle customers', () => {
  it('keeps every value the readers see, stored as codes and day numbers, and drops rows that are not the engine’s', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 5), ':memory:');
    const insert = db.prepare(`INSERT INTO lifecycle_customers ${OLD_COLUMNS} VALUES (${new Array(24).fill('?').join(', ')})`);
    // A loyal customer the model put at risk, a one-time buyer with a negative net value, a prospect.
    insert.run(1, 'at_risk', 4, 'loyal', '2024-03-01', 5, 6, 123_457, 20_576, 25_000, '2023-01-10', '2024-01-31', 3, 5, 5, 'loyal_customers', 1, 11, 'Green tea', 'WELCOME', 'web', '2023-01',
      'new 2023-01-10 purchase;repeat 2023-02-01 purchase;loyal 2023-06-01 purchase;at_risk 2024-03-01 at_risk_passed', 77);
    insert.run(2, 'new', 1, 'new', '1969-12-31', 1, 2, -5, -2, 0, '1969-12-31', '1969-12-31', 1, 1, 1, 'hibernating', 0, 12, null, null, null, '1969-12', 'new 1969-12-31 purchase', -9);
    insert.run(3, 'prospect', 0, 'prospect', '2024-01-01', 0, 0, 0, null, 0, null, null, null, null, null, null, 0, null, null, null, null, null, 'prospect 2024-01-01 first_seen', 5);
    insert.run(4, 'new', 1, 'no such stage', '2024-01-01', 1, 1, 100, 100, 0, '2024-01-01', '2024-01-01', 1, 1, 1, 'promising', 0, 13, null, null, null, '2024-01', 'new 2024-01-01 purchase', 1);
    insert.run(5, 'new', 1, 'new', '2024-01-01', 1, 1, 100, 100, 0, '2024-01-01', '2024-01-01', 1, 1, 1, 'promising', 0, 14, null, null, null, '2024-01', 'garbled', 1);
    const before = (db.prepare(READ).all() as Record<string, unknown>[]).slice(0, 3);

    migrate(db, migrations.slice(0, 6), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare(READ).all()).toEqual(before);
    const journey = (id: number) => parseJourney(db.prepare(`SELECT ${STORED_JOURNEY_SQL} FROM lifecycle_customers WHERE customer_id = ?`).pluck().get(id) as string);
    expect(journey(1)).toEqual([
      { stage: 'new', from: '2023-01-10', to: '2023-01-31', cause: 'purchase' },
      { stage: 'repeat', from: '2023-02-01', to: '2023-05-31', cause: 'purchase' },
      { stage: 'loyal', from: '2023-06-01', to: '2024-02-29', cause: 'purchase' },
      { stage: 'at_risk', from: '2024-03-01', to: null, cause: 'at_risk_passed' },
    ]);
    expect(journey(2)).toEqual([{ stage: 'new', from: '1969-12-31', to: null, cause: 'purchase' }]);
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('lifecycle_customers');
    expect(columns).not.toContain('first_discount');
    expect(columns).not.toContain('first_channel');
    db.close();
  });

  it('names every stage and segment code as the engine numbers them', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations, ':memory:');
    const insert = db.prepare(
      `INSERT INTO lifecycle_customers (customer_id, stage_rank, rule_rank, stage_since_number, purchases, orders, net_cents, repeat_mean_cents, segment_code, vip, journey, row_hash)
       VALUES (?, ?, ?, 0, 1, 1, 0, 0, ?, 0, X'', 0)`,
    );
    RFM_SEGMENTS.forEach((_, code) => insert.run(code + 1, code % STAGES.length, (code + 1) % STAGES.length, code));
    const rows = db.prepare('SELECT stage, rule_stage, segment FROM lifecycle_customers ORDER BY customer_id').raw().all();
    expect(rows).toEqual(RFM_SEGMENTS.map((segment, code) => [STAGES[code % STAGES.length], STAGES[(code + 1) % STAGES.length], segment]));
    db.close();
  });

  it('serves the sort by net value and the stage filter from indexes, and keeps no other', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations, ':memory:');
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('SELECT customer_id FROM lifecycle_customers ORDER BY net_cents DESC LIMIT 50')).toContain('lifecycle_customers_net');
    expect(plan("SELECT customer_id FROM lifecycle_customers WHERE stage = 'lapsed' ORDER BY net_cents DESC LIMIT 50")).toContain('lifecycle_customers_stage');
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'lifecycle_customers' ORDER BY name").pluck().all()).toEqual(['lifecycle_customers_net', 'lifecycle_customers_stage']);
    db.close();
  });

  it('reads every order of the customers by customer, day and id from one covering index', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations, ':memory:');
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('2025-01-01') as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(
      plan(`SELECT o.customer_id, o.created_day, o.is_purchase, o.net_cents, o.refunded_cents, o.id, o.discount_code, o.source_channel FROM orders o
             WHERE o.customer_id IS NOT NULL AND o.created_day <= ? ORDER BY o.customer_id, o.created_day, o.id`),
    ).toBe('SEARCH o USING COVERING INDEX orders_customer_history (customer_id>?)');
    db.close();
  });
});
