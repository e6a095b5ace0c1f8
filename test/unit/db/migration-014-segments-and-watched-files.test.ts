import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';

describe('migration 14: saved segments, segments as campaign audiences, and the watched files', () => {
  it('keeps every campaign and its members, and campaigns may now be for a saved segment', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 13), ':memory:');
    db.exec(`
      INSERT INTO customers (id, identity_key, email) VALUES (1, 'email:a@x', 'a@x'), (2, 'email:b@x', 'b@x');
      INSERT INTO campaigns (id, name, audience_kind, audience_key, format, channel, created_at, campaign_day, holdout_percent,
                             audience_size, exported_count, holdout_count, left_out_count, file_name)
      VALUES ('c1', 'Lapsed', 'stage', 'lapsed', 'klaviyo', 'email', '2026-01-01T00:00:00Z', '2026-01-01', 10, 2, 1, 1, 0, 'a.csv');
      INSERT INTO campaign_members (campaign_id, customer_id, in_holdout) VALUES ('c1', 1, 0), ('c1', 2, 1);
    `);
    const campaigns = db.prepare('SELECT * FROM campaigns').all();
    const members = db.prepare('SELECT * FROM campaign_members ORDER BY customer_id').all();
    migrate(db, migrations.slice(0, 14), ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(14);
    expect(db.prepare('SELECT * FROM campaigns').all()).toEqual(campaigns);
    expect(db.prepare('SELECT * FROM campaign_members ORDER BY customer_id').all()).toEqual(members);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.exec(`INSERT INTO campaigns (id, name, audience_kind, audience_key, format, channel, created_at, campaign_day, holdout_percent,
                                    audience_size, exported_count, holdout_count, left_out_count)
             VALUES ('c2', 'Tea lovers', 'segment', 'Tea lovers', 'csv', 'email', '2026-01-02T00:00:00Z', '2026-01-02', 10, 0, 0, 0, 0)`);
    expect(() => db.exec(`INSERT INTO campaigns (id, name, audience_kind, audience_key, format, channel, created_at, campaign_day, holdout_percent,
                                    audience_size, exported_count, holdout_count, left_out_count)
             VALUES ('c3', 'x', 'nobody', 'x', 'csv', 'email', '2026-01-02T00:00:00Z', '2026-01-02', 10, 0, 0, 0, 0)`)).toThrow(/CHECK/);
    db.prepare("INSERT INTO segments (name, rule, created_at, updated_at) VALUES ('Tea lovers', 'bought \"Tea\"', 'x', 'x')").run();
    expect(() => db.prepare("INSERT INTO segments (name, rule, created_at, updated_at) VALUES ('TEA LOVERS', 'vip', 'x', 'x')").run()).toThrow(/UNIQUE/);
    db.prepare('INSERT INTO segment_sizes (segment_id, import_id, size) VALUES (1, 0, 5)').run();
    db.prepare('DELETE FROM segments').run();
    expect(db.prepare('SELECT count(*) FROM segment_sizes').pluck().get()).toBe(0);
    db.prepare("INSERT INTO watched_files (content_hash, file_name, outcome, seen_at) VALUES ('abc', 'orders_export.csv', 'imported', 'x')").run();
    expect(() => db.prepare("INSERT INTO watched_files (content_hash, file_name, outcome, seen_at) VALUES ('abc', 'copy.csv', 'imported', 'x')").run()).toThrow(/UNIQUE/);
    db.prepare("DELETE FROM campaigns WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) FROM campaign_members').pluck().get()).toBe(0);
    db.close();
  });
});
