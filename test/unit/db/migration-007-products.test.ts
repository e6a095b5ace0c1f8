import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

const READ = 'SELECT order_id, position, product_title, variant, sku, quantity, price_cents, vendor FROM line_items ORDER BY order_id, position';

function databaseAtVersion6() {
  const db = openDatabase(':memory:');
  migrate(db, migrations.slice(0, 6), ':memory:');
  db.exec(`
    INSERT INTO imports (id, file_name, content_hash, kind, started_at, finished_at, rows) VALUES (1, 'a.csv', 'h', 'shopify_orders', 'x', 'x', 0);
    INSERT INTO orders (id, match_key, platform, created_at, created_ms, created_day, total_cents, is_purchase, net_cents, import_id)
    VALUES (1, 'shopify:#1', 'shopify', '2024-01-01T10:00:00Z', 0, '2024-01-01', 100, 1, 100, 1),
           (2, 'shopify:#2', 'shopify', '2024-01-02T10:00:00Z', 0, '2024-01-02', 100, 1, 100, 1),
           (3, 'shopify:#3', 'shopify', '2024-01-03T10:00:00Z', 0, '2024-01-03', 100, 1, 100, 1);
  `);
  const line = db.prepare('INSERT INTO line_items (order_id, position, product_title, variant, sku, quantity, price_cents, vendor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  line.run(1, 1, 'Green tea', '50 g', 'TEA-1', 2, 850, 'Leaf Co');
  line.run(1, 2, 'Gift card', null, null, 1, 2000, null);
  line.run(2, 1, 'Green tea', '50 g', 'TEA-1', 1, 900, 'Leaf Co');
  line.run(2, 5, 'Green tea', '100 g', 'TEA-2', 1, 1600, 'Leaf Co');
  line.run(3, 1, 'Gift card', null, null, 3, 1000, null);
  line.run(3, 1, null, null, null, 1, 0, null);
  return db;
}

describe('migration 7: products and order lines', () => {
  it('stores each product once and every line as before, read through line_items under the old columns', () => {
    const db = databaseAtVersion6();
    const before = db.prepare(READ).all() as Record<string, unknown>[];
    migrate(db, migrations.slice(0, 7), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(7);

    expect(db.prepare('SELECT product_title, variant, sku, vendor FROM products ORDER BY id').raw().all()).toEqual([
      [null, null, null, null],
      ['Gift card', null, null, null],
      ['Green tea', '100 g', 'TEA-2', 'Leaf Co'],
      ['Green tea', '50 g', 'TEA-1', 'Leaf Co'],
    ]);
    expect(db.prepare('SELECT count(*) FROM order_lines').pluck().get()).toBe(6);
    // Positions are kept (order 2's line at 5 too); only order 3, whose two lines shared position 1, is numbered anew.
    const renumbered = before.map((row) => (row.order_id === 3 && row.product_title === null ? { ...row, position: 2 } : row));
    expect(db.prepare(READ).all()).toEqual(renumbered);
    expect(db.prepare("SELECT type FROM sqlite_schema WHERE name = 'line_items'").pluck().get()).toBe('view');
    db.close();
  });

  it('reads an order’s lines by its id without a separate index, and keeps them with their order', () => {
    const db = databaseAtVersion6();
    migrate(db, migrations, ':memory:');
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT product_title FROM line_items WHERE order_id = ? ORDER BY position').all(1) as { detail: string }[]).map((r) => r.detail);
    expect(plan.join(' | ')).toMatch(/SEARCH l USING PRIMARY KEY \(order_id=\?\)/);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'order_lines'").pluck().get()).toBe(0);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM orders WHERE id = 1').run();
    expect(db.prepare('SELECT DISTINCT order_id FROM order_lines ORDER BY order_id').pluck().all()).toEqual([2, 3]);
    db.close();
  });
});
