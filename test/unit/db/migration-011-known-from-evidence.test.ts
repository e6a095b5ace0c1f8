import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

describe('migration 11: customers-export evidence and the stored results version', () => {
  it('dates contacts of a customers export by the first such import, leaves order customers alone, and marks stored results as older', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 10), ':memory:');
    db.exec(`
      INSERT INTO imports (id, file_name, content_hash, kind, started_at, finished_at, rows) VALUES
        (1, 'orders.csv', 'a', 'shopify_orders', '2025-01-02T10:00:00.000Z', 'x', 0),
        (2, 'customers.csv', 'b', 'shopify_customers', '2025-03-04T10:00:00.000Z', 'x', 0),
        (3, 'customers-2.csv', 'c', 'shopify_customers', '2025-05-06T10:00:00.000Z', 'x', 0);
      INSERT INTO customers (id, identity_key, email, from_customers_export, first_import_id) VALUES
        (1, 'email:a@example.com', 'a@example.com', 0, 1),
        (2, 'email:b@example.com', 'b@example.com', 1, 3);
      INSERT INTO lifecycle_state (id, as_of, latest_order_day, computed_at, thresholds_json, at_risk_mode, at_risk_fallback, simple_clv_json)
        VALUES (1, '2025-01-02', '2025-01-02', 'x', '{}', 'rules', 0, '{}');
    `);
    migrate(db, migrations.slice(0, 11), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.prepare('SELECT id, export_seen_day FROM customers ORDER BY id').all()).toEqual([
      { id: 1, export_seen_day: null },
      { id: 2, export_seen_day: '2025-03-04' },
    ]);
    expect(db.prepare('SELECT results_version FROM lifecycle_state').pluck().get()).toBe(0);
    db.close();
  });
});
