import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

describe('migration 1: store data', () => {
  it('creates the tables the importers and the engine rely on, with foreign keys enforced', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 1), ':memory:');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['customers', 'imports', 'line_items', 'orders', 'settings']));
    expect(() =>
      db.prepare("INSERT INTO line_items (order_id, position, quantity, price_cents) VALUES (999, 1, 1, 100)").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
