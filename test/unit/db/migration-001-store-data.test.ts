import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

describe('migration 1: store data', () => {
  it('creates the tables the importers and the engine rely on, with foreign keys enforced', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 1), ':memory:');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['customer_merges', 'customers', 'import_mappings', 'imports', 'line_items', 'orders', 'settings']));
    expect(() =>
      db.prepare("INSERT INTO line_items (order_id, position, quantity, price_cents) VALUES (999, 1, 1, 100)").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('keeps one order per platform id and per match key, so a refresh can find the order again', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 1), ':memory:');
    db.prepare("INSERT INTO imports (file_name, content_hash, kind, started_at, finished_at, rows) VALUES ('a.csv', '', 'shopify_orders', 'x', 'x', 0)").run();
    const insert = db.prepare(
      "INSERT INTO orders (match_key, platform, external_id, created_at, created_ms, created_day, total_cents, is_purchase, net_cents, import_id) VALUES (?, 'shopify', ?, 't', 0, 'd', 0, 1, 0, 1)",
    );
    insert.run('shopify:#1', '55');
    insert.run('shopify:#2', null);
    insert.run('shopify:#3', null);
    expect(() => insert.run('shopify:#4', '55')).toThrow(/UNIQUE/);
    expect(() => insert.run('shopify:#1', '56')).toThrow(/UNIQUE/);
    db.close();
  });
});
