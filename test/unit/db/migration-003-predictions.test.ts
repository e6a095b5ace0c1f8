import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

describe('migration 3: predictions', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('adds the model tables to a version-2 database that already holds data', () => {
    const dbPath = join(temp.dir, 'shop.db');
    const db = openDatabase(dbPath);
    migrate(db, migrations.slice(0, 2), dbPath);
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    const result = migrate(db, migrations.slice(0, 3), dbPath);
    expect(result).toMatchObject({ from: 2, to: 3, applied: ['predictions'] });
    expect(result.backupPath).not.toBeNull();
    const columns = (table: string) => db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table);
    expect(columns('model_fits')).toEqual(expect.arrayContaining(['as_of', 'time_unit_days', 'r', 'alpha', 'a', 'b', 'bgnbd_log_lik', 'bgnbd_se_json', 'p', 'q', 'gamma', 'verdict', 'reasons_json']));
    expect(columns('model_predictions')).toEqual(['customer_id', 'p_alive', 'expected_purchases_30', 'expected_purchases_90', 'expected_purchases_365', 'expected_order_value_cents', 'clv_12_cents', 'next_order_day']);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'x'").pluck().get()).toBe('1');
    db.close();
  });

  it('keeps one current fit and typed prediction rows', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 3), ':memory:');
    const insertFit = db.prepare("INSERT INTO model_fits (id, as_of, fitted_at, time_unit_days, customers, repeat_customers, penalty, monthly_discount_rate, verdict, reasons_json, summary_json) VALUES (?, '2026-01-01', '2026-01-01T00:00:00Z', 7, 0, 0, 0.01, 0.01, 'unavailable', '[]', '{}')");
    insertFit.run(1);
    expect(() => insertFit.run(2)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO model_predictions (customer_id, p_alive, expected_purchases_30, expected_purchases_90, expected_purchases_365) VALUES (1, 'high', 0, 0, 0)").run()).toThrow(/cannot store TEXT value in REAL column/);
    db.close();
  });
});
