import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const CAMPAIGN = `INSERT INTO campaigns (id, name, audience_kind, audience_key, format, channel, created_at, campaign_day, holdout_percent,
                                         audience_size, exported_count, holdout_count, left_out_count)
                  VALUES (@id, 'Win-back', @kind, 'lapsed', @format, 'email', '2026-03-01T10:00:00Z', @day, @holdout, 10, 8, 1, 1)`;
const valid = { id: 'c1', kind: 'stage', format: 'klaviyo', day: '2026-03-01', holdout: 10 };

describe('migration 4: campaigns', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('adds the campaign tables to a version-3 database that already holds customers', () => {
    const dbPath = join(temp.dir, 'shop.db');
    const db = openDatabase(dbPath);
    migrate(db, migrations.slice(0, 3), dbPath);
    db.prepare("INSERT INTO customers (identity_key, email) VALUES ('email:ann@example.com', 'ann@example.com')").run();
    const result = migrate(db, migrations.slice(0, 4), dbPath);
    expect(result).toMatchObject({ from: 3, to: 4, applied: ['campaigns'] });
    const columns = (table: string) => db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
    expect(columns('campaigns')).toEqual([
      'id', 'name', 'audience_kind', 'audience_key', 'format', 'channel', 'created_at', 'campaign_day', 'holdout_percent',
      'audience_size', 'exported_count', 'holdout_count', 'left_out_count', 'left_out_json', 'included_without_consent', 'file_name',
    ]);
    expect(columns('campaign_members')).toEqual(['campaign_id', 'customer_id', 'in_holdout']);
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses unknown formats, audience kinds, bad days and holdouts, and members of unknown customers', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 4), ':memory:');
    const insert = db.prepare(CAMPAIGN);
    expect(() => insert.run({ ...valid, id: 'x1', format: 'excel' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...valid, id: 'x2', kind: 'everyone' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...valid, id: 'x3', day: '1 March' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...valid, id: 'x4', holdout: 80 })).toThrow(/CHECK/);
    insert.run(valid);
    expect(() => db.prepare("INSERT INTO campaign_members VALUES ('c1', 999, 0)").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('removes a campaign\'s members with the campaign, and a member with its customer', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, 4), ':memory:');
    const ann = Number(db.prepare("INSERT INTO customers (identity_key) VALUES ('a')").run().lastInsertRowid);
    const bob = Number(db.prepare("INSERT INTO customers (identity_key) VALUES ('b')").run().lastInsertRowid);
    db.prepare(CAMPAIGN).run(valid);
    db.prepare("INSERT INTO campaign_members VALUES ('c1', ?, 0), ('c1', ?, 1)").run(ann, bob);
    expect(() => db.prepare("INSERT INTO campaign_members VALUES ('c1', ?, 2)").run(ann)).toThrow(/CHECK|UNIQUE/);
    db.prepare('DELETE FROM customers WHERE id = ?').run(bob);
    expect(db.prepare('SELECT customer_id FROM campaign_members').pluck().all()).toEqual([ann]);
    db.prepare("DELETE FROM campaigns WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) FROM campaign_members').pluck().get()).toBe(0);
    db.close();
  });
});
