import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

describe('migration 15: traffic reports and funnel targets', () => {
  it('adds traffic by day or month and a target per funnel rate, keeping the data before it and refusing malformed rows', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 14), ':memory:');
    db.prepare("INSERT INTO customers (identity_key, email) VALUES ('email:a@b.c', 'a@b.c')").run();
    migrate(db, migrations.slice(0, 15), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(15);
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
    db.prepare("INSERT INTO traffic (period, sessions) VALUES ('2025-01-31', 120), ('2025-02', 3000)").run();
    db.prepare("INSERT INTO traffic (period, sessions, visitors, added_to_cart, reached_checkout, converted_sessions) VALUES ('2025-03-01', 10, 9, 3, 2, 1)").run();
    expect(() => db.prepare("INSERT INTO traffic (period, sessions) VALUES ('March 2025', 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO traffic (period, sessions) VALUES ('2025-04-01', -1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO traffic (period, sessions) VALUES ('2025-01-31', 5)").run()).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO funnel_targets (rate, target) VALUES ('retention', 0.3)").run();
    expect(() => db.prepare("INSERT INTO funnel_targets (rate, target) VALUES ('reach', 0.3)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO funnel_targets (rate, target) VALUES ('loyalty', 0)").run()).toThrow(/CHECK/);
    db.close();
  });
});
