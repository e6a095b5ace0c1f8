import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

describe('migration 5: marketing spend', () => {
  it('adds spend per month and channel and the channel links, refusing malformed months and negative spend', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 4), ':memory:');
    db.prepare("INSERT INTO customers (identity_key, email) VALUES ('email:a@b.c', 'a@b.c')").run();
    migrate(db, migrations.slice(0, 5), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
    db.prepare("INSERT INTO marketing_spend (month, channel, spend_cents) VALUES ('2025-01', 'ads', 10000)").run();
    expect(() => db.prepare("INSERT INTO marketing_spend (month, channel, spend_cents) VALUES ('Jan 2025', 'ads', 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO marketing_spend (month, channel, spend_cents) VALUES ('2025-02', 'ads', -1)").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO channel_links (match_kind, pattern, channel) VALUES ('discount_code', 'insta10', 'instagram')").run();
    expect(() => db.prepare("INSERT INTO channel_links (match_kind, pattern, channel) VALUES ('referrer', 'x', 'y')").run()).toThrow(/CHECK/);
    db.close();
  });
});
