import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';
import { ORDER_DETAIL_COLUMNS } from '../../../src/main/db/migrations/008-order-details.ts';

/** The sixteen columns, in the order of migration 8's JSON array. */
const DETAIL_COLUMNS = ORDER_DETAIL_COLUMNS.map(([name]) => name).join(', ');

describe('migration 9: order details through a view', () => {
  it('reads every detail of every order under the same names from order_details, and orders no longer works them out', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 8), ':memory:');
    db.exec(`
      INSERT INTO imports (id, file_name, content_hash, kind, started_at, finished_at, rows) VALUES (1, 'a.csv', 'h', 'shopify_orders', 'x', 'x', 0);
      INSERT INTO orders (id, match_key, platform, created_at, created_ms, created_day, total_cents, refunded_cents, is_purchase, net_cents, import_id, details_json)
      VALUES (1, 'shopify:#1', 'shopify', '2024-01-01T10:00:00Z', 0, '2024-01-01', 1300, 300, 1, 1000, 1,
              '[1200,300,190,200,"partially_refunded","fulfilled",null,1,"vip, \\"gold\\"","Card","Lyon",null,"FR","Paris","IDF","FR"]'),
             (2, 'shopify:#2', 'shopify', '2024-01-02T10:00:00Z', 0, '2024-01-02', 0, 0, 0, 0, 1,
              '[null,null,null,null,"voided",null,"2024-01-03T09:00:00Z",0,null,null,null,null,null,null,null,null]');
    `);
    const before = db.prepare(`SELECT id, ${DETAIL_COLUMNS} FROM orders ORDER BY id`).all();
    const ordersBefore = db.prepare('SELECT id, match_key, total_cents, refunded_cents, details_json FROM orders ORDER BY id').all();

    migrate(db, migrations.slice(0, 9), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare(`SELECT order_id AS id, ${DETAIL_COLUMNS} FROM order_details ORDER BY order_id`).all()).toEqual(before);
    expect(before[0]).toMatchObject({ subtotal_cents: 1200, tags: 'vip, "gold"', billing_province: null, shipping_country: 'FR' });
    expect(db.prepare('SELECT id, match_key, total_cents, refunded_cents, details_json FROM orders ORDER BY id').all()).toEqual(ordersBefore);
    const columns = (db.prepare('SELECT name FROM pragma_table_xinfo(?)').all('orders') as { name: string }[]).map((c) => c.name);
    expect(columns).toContain('details_json');
    expect(columns).not.toContain('billing_city');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
