import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection.ts';
import { migrate } from '../../src/main/db/migrate.ts';
import { storeData } from '../../src/main/db/migrations/001-store-data.ts';
import { lifecycle } from '../../src/main/db/migrations/002-lifecycle.ts';
import { makeTempDir } from '../support/temp-dir.ts';

describe('migration 2: lifecycle results', () => {
  const temp = makeTempDir();
  afterEach(() => temp.cleanup());

  it('adds the result tables and the indexes the customer list sorts and filters on, keeping imported data', () => {
    const path = join(temp.dir, 'v1.db');
    const db = openDatabase(path);
    migrate(db, [storeData], path);
    db.prepare("INSERT INTO customers (identity_key, email) VALUES ('email:ann@example.com', 'ann@example.com')").run();
    const result = migrate(db, [storeData, lifecycle], path);
    expect(result).toMatchObject({ from: 1, to: 2, applied: ['lifecycle'] });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'lifecycle_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['lifecycle_customers', 'lifecycle_reports', 'lifecycle_snapshots', 'lifecycle_stage_counts', 'lifecycle_state']);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('SELECT customer_id FROM lifecycle_customers ORDER BY net_cents DESC LIMIT 50')).toContain('lifecycle_customers_net');
    expect(plan("SELECT customer_id FROM lifecycle_customers WHERE stage = 'lapsed' ORDER BY net_cents DESC LIMIT 50")).toContain('lifecycle_customers_stage');
    expect(plan('SELECT customer_id FROM lifecycle_customers ORDER BY last_day LIMIT 50')).toContain('lifecycle_customers_last');
    expect(db.prepare('SELECT email FROM customers').pluck().get()).toBe('ann@example.com');
    expect(() => db.prepare("INSERT INTO lifecycle_state (id, computed_at, thresholds_json, at_risk_mode, at_risk_fallback, simple_clv_json) VALUES (2, 'x', '{}', 'rules', 0, '{}')").run()).toThrow(/CHECK/);
    db.close();
  });
});
