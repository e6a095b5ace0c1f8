import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

describe('migration 10: the export customer type in order_details', () => {
  it('reads the seventeenth details entry as export_customer_type, null for orders without one, and keeps every other detail', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 9), ':memory:');
    db.exec(`
      INSERT INTO imports (id, file_name, content_hash, kind, started_at, finished_at, rows) VALUES (1, 'a.csv', 'h', 'woocommerce_analytics', 'x', 'x', 0);
      INSERT INTO orders (id, match_key, platform, created_at, created_ms, created_day, total_cents, refunded_cents, is_purchase, net_cents, import_id, details_json)
      VALUES (1, 'woocommerce:1', 'woocommerce', '2024-01-01T10:00:00Z', 0, '2024-01-01', 1300, 0, 1, 1300, 1,
              '[null,null,null,null,"completed",null,null,null,null,null,null,null,null,null,null,null,"returning"]'),
             (2, 'shopify:#2', 'shopify', '2024-01-02T10:00:00Z', 0, '2024-01-02', 500, 0, 1, 500, 1,
              '[null,null,null,null,"paid",null,null,1,null,null,"Lyon",null,"FR",null,null,null]');
    `);
    const before = db.prepare('SELECT * FROM order_details ORDER BY order_id').all();
    migrate(db, migrations.slice(0, 10), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const after = db.prepare('SELECT * FROM order_details ORDER BY order_id').all() as Record<string, unknown>[];
    expect(after.map((row) => row.export_customer_type)).toEqual(['returning', null]);
    expect(after.map(({ export_customer_type: _type, ...rest }) => rest)).toEqual(before);
    expect(after[1]).toMatchObject({ financial_status: 'paid', billing_city: 'Lyon', accepts_marketing: 1 });
    db.close();
  });
});
