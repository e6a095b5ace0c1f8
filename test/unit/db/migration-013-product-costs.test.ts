import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

describe('migration 13: product costs', () => {
  it('adds unit costs by SKU or product title, refusing negative costs and empty keys, and keeps the orders', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 12), ':memory:');
    db.prepare("INSERT INTO customers (identity_key, email) VALUES ('email:a@b.c', 'a@b.c')").run();
    migrate(db, migrations.slice(0, 13), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
    db.prepare("INSERT INTO product_costs (match_key, unit_cost_cents) VALUES ('mug', 350)").run();
    expect(() => db.prepare("INSERT INTO product_costs (match_key, unit_cost_cents) VALUES ('beans', -1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO product_costs (match_key, unit_cost_cents) VALUES ('', 1)").run()).toThrow(/CHECK/);
    db.close();
  });
});
