import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

const DETAIL_COLUMNS = `subtotal_cents, shipping_cents, taxes_cents, discount_cents, financial_status, fulfillment_status, cancelled_at, accepts_marketing,
  tags, payment_method, billing_city, billing_province, billing_country, shipping_city, shipping_province, shipping_country`;
const READ = `SELECT id, match_key, total_cents, discount_code, refunded_cents, source_channel, ${DETAIL_COLUMNS} FROM orders ORDER BY id`;

describe('migration 8: order details as one JSON array', () => {
  it('keeps every order value, read under the same column names, and stores the sixteen details in details_json', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 7), ':memory:');
    db.exec(`
      INSERT INTO imports (id, file_name, content_hash, kind, started_at, finished_at, rows) VALUES (1, 'a.csv', 'h', 'shopify_orders', 'x', 'x', 0);
      INSERT INTO orders (id, match_key, platform, created_at, created_ms, created_day, total_cents, discount_code, refunded_cents, source_channel,
                          is_purchase, net_cents, import_id, ${DETAIL_COLUMNS})
      VALUES (1, 'shopify:#1', 'shopify', '2024-01-01T10:00:00Z', 0, '2024-01-01', 1300, 'SPRING', 300, 'web', 1, 1000, 1,
              1200, 300, 190, 200, 'partially_refunded', 'fulfilled', NULL, 1, 'vip, "gold"', 'Card', 'Lyon', NULL, 'FR', 'Paris', 'IDF', 'FR'),
             (2, 'shopify:#2', 'shopify', '2024-01-02T10:00:00Z', 0, '2024-01-02', 0, NULL, 0, NULL, 0, 0, 1,
              NULL, NULL, NULL, NULL, 'voided', NULL, '2024-01-03T09:00:00Z', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    `);
    const before = db.prepare(READ).all();
    migrate(db, migrations.slice(0, 8), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare(READ).all()).toEqual(before);
    expect(JSON.parse(db.prepare('SELECT details_json FROM orders WHERE id = 1').pluck().get() as string)).toEqual([
      1200, 300, 190, 200, 'partially_refunded', 'fulfilled', null, 1, 'vip, "gold"', 'Card', 'Lyon', null, 'FR', 'Paris', 'IDF', 'FR',
    ]);
    const stored = (db.prepare('SELECT name, hidden FROM pragma_table_xinfo(?)').all('orders') as { name: string; hidden: number }[]).filter((c) => c.hidden === 0);
    expect(stored.map((c) => c.name)).not.toContain('billing_city');
    expect(stored.map((c) => c.name)).toContain('details_json');
    db.close();
  });
});
