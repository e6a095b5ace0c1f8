import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { ordersExportFor } from '../e2e/support/orders-csv.ts';
import type { Envelope } from '../../src/shared/api/envelope.ts';
import { migrations } from '../../src/main/db/migrations/index.ts';

type TestCore = ReturnType<typeof startTestCore>;

function value<T>(answer: Envelope<unknown>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

/**
 * The database file's bytes once everything logged is in it. The worker checkpoints after its jobs, at its
 * own pace: while it does, another checkpoint is refused as busy, so this one is retried until it runs.
 */
function checkpointedBytes(path: string): Buffer {
  const db = new Database(path);
  try {
    for (let attempt = 0; (db.pragma('wal_checkpoint(FULL)') as { busy: number }[])[0].busy !== 0; attempt++) {
      if (attempt === 100) throw new Error(`${path} could not be checkpointed`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  } finally {
    db.close();
  }
  return readFileSync(path);
}

function counts(path: string): { orders: number; customers: number; imports: number } {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM imports) AS imports').get() as {
      orders: number;
      customers: number;
      imports: number;
    };
  } finally {
    db.close();
  }
}

async function liveCounts(core: TestCore) {
  const summary = value<{ empty: boolean }>(await core.dispatch('app.info', {}));
  const db = new Database(core.dbPath, { readonly: true });
  try {
    const row = db.prepare('SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM customers) AS customers').get() as { orders: number; customers: number };
    return { ...row, empty: summary.empty };
  } finally {
    db.close();
  }
}

describe('backup, restore and delete all data through core.dispatch', () => {
  let core: TestCore;
  let files: ReturnType<typeof makeTempDir>;
  let orders: string;

  beforeEach(async () => {
    core = startTestCore();
    files = makeTempDir('regulars-data-files-');
    orders = ordersExportFor(files.dir);
    value(await core.dispatch('imports.run', { paths: [orders] }));
  });

  afterEach(async () => {
    await core.dispose();
    files.cleanup();
  });

  it('writes a backup that is a valid Regulars database with the same data, readable by the owner only', async () => {
    const target = join(files.dir, 'shop backup.db');
    const result = value<{ path: string; bytes: number }>(await core.dispatch('data.backup', { path: target }));
    expect(result.path).toBe(target);
    expect(result.bytes).toBe(statSync(target).size);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const live = await liveCounts(core);
    expect(live.orders).toBeGreaterThan(0);
    expect(counts(target)).toMatchObject({ orders: live.orders, customers: live.customers, imports: 1 });
    const db = new Database(target, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses to write a backup over the live database, its copies, or another file unless replacing it was confirmed', async () => {
    const before = checkpointedBytes(core.dbPath);
    const answer = await core.dispatch('data.backup', { path: core.dbPath, replace: true });
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is the Regulars database/), details: { messageKey: 'app:dataErrors.writeOverDatabase' } } });
    expect(checkpointedBytes(core.dbPath).equals(before)).toBe(true);
    expect((await liveCounts(core)).orders).toBeGreaterThan(0);
    const copy = `${core.dbPath}.before-v3.bak`;
    writeFileSync(copy, 'an older copy');
    expect(await core.dispatch('data.backup', { path: copy, replace: true })).toMatchObject({ ok: false, error: { details: { messageKey: 'app:dataErrors.writeOverDatabase' } } });
    expect(readFileSync(copy, 'utf8')).toBe('an older copy');

    const letter = join(files.dir, 'letter.db');
    writeFileSync(letter, 'not a backup');
    expect(await core.dispatch('data.backup', { path: letter })).toMatchObject({ ok: false, error: { details: { messageKey: 'app:dataErrors.writeOverOtherFile', params: { path: letter } } } });
    expect(readFileSync(letter, 'utf8')).toBe('not a backup');
    value(await core.dispatch('data.backup', { path: letter, replace: true }));
    expect(counts(letter).orders).toBe((await liveCounts(core)).orders);
  });

  it('restores a backup: its data comes back, the replaced database is kept beside it, and the app keeps working', async () => {
    const backup = join(files.dir, 'backup.db');
    value(await core.dispatch('data.backup', { path: backup }));
    const withData = await liveCounts(core);
    value(await core.dispatch('data.deleteAll', { confirm: 'DELETE' }));
    expect(await liveCounts(core)).toMatchObject({ orders: 0, customers: 0, empty: true });

    const changes: string[] = [];
    const unsubscribe = core.events.subscribe((event) => {
      if (event.name === 'data.changed') changes.push(event.payload.reason);
    });
    const result = value<{ previousCopyPath: string; schemaVersion: number }>(await core.dispatch('data.restore', { path: backup }));
    unsubscribe();
    expect(changes).toContain('restore');
    expect(await liveCounts(core)).toEqual(withData);
    expect(result.previousCopyPath).toBe(`${core.dbPath}.before-restore.bak`);
    expect(counts(result.previousCopyPath)).toMatchObject({ orders: 0, customers: 0 });
    expect(statSync(result.previousCopyPath).mode & 0o777).toBe(0o600);
    expect(existsSync(backup)).toBe(true);

    const summary = await core.dispatch('shop.summary', {});
    expect(summary.ok).toBe(true);
    value(await core.dispatch('data.backup', { path: join(files.dir, 'after-restore.db') }));
    expect(counts(join(files.dir, 'after-restore.db')).orders).toBe(withData.orders);
  });

  it('restores a backup SQLite has analysed (sqlite_stat1) and one written by an older schema', async () => {
    const analysed = join(files.dir, 'analysed.db');
    value(await core.dispatch('data.backup', { path: analysed }));
    const db = new Database(analysed);
    db.exec('ANALYZE');
    db.close();
    value(await core.dispatch('data.restore', { path: analysed }));

    const older = join(files.dir, 'older.db');
    const old = new Database(older);
    for (const m of migrations.slice(0, 5)) m.up(old);
    old.pragma('user_version = 5');
    old.close();
    const restored = value<{ restoredFromSchema: number; schemaVersion: number }>(await core.dispatch('data.restore', { path: older }));
    expect(restored).toMatchObject({ restoredFromSchema: 5, schemaVersion: migrations.length });
  });

  it('answers reads and writes made while a restore swaps the file, instead of failing them', async () => {
    const backup = join(files.dir, 'backup.db');
    value(await core.dispatch('data.backup', { path: backup }));
    let finished = false;
    const restoring = core.dispatch('data.restore', { path: backup }).finally(() => {
      finished = true;
    });
    // One read and one write at a time, each pair after the last is answered, all through the restore: the
    // requests cover every step of it however fast the machine is, and never pile up behind it.
    const answers: Envelope<unknown>[] = [];
    while (!finished) {
      answers.push(...(await Promise.all([core.dispatch('app.info', {}), core.dispatch('model.saveSettings', { monthlyDiscountRate: 0.01 })])));
    }
    value(await restoring);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((answer) => !answer.ok)).toEqual([]);
  });

  describe('refuses a file that is not a usable Regulars database, and leaves the live data unchanged', () => {
    async function expectRefused(path: string, message: RegExp) {
      const before = await liveCounts(core);
      const answer = await core.dispatch('data.restore', { path });
      expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
      expect(await liveCounts(core)).toEqual(before);
      expect(existsSync(`${core.dbPath}.before-restore.bak`)).toBe(false);
      expect((await core.dispatch('shop.summary', {})).ok).toBe(true);
    }

    it('a file that is not a database', async () => {
      const path = join(files.dir, 'notes.db');
      writeFileSync(path, 'These are not the orders you are looking for.\n'.repeat(20));
      await expectRefused(path, /not a SQLite database.*unchanged/);
    });

    it('a SQLite database that Regulars did not make', async () => {
      const path = join(files.dir, 'other-app.db');
      const db = new Database(path);
      db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (\'hello\')');
      db.close();
      await expectRefused(path, /not one made by Regulars/);
    });

    async function alteredBackup(name: string, sql: string): Promise<string> {
      const path = join(files.dir, name);
      value(await core.dispatch('data.backup', { path }));
      const db = new Database(path);
      db.pragma('foreign_keys = OFF');
      db.exec(sql);
      db.close();
      return path;
    }

    it('a backup that brings its own trigger, view, table or changed index; the next import keeps every customer', async () => {
      const trigger = await alteredBackup('trigger.db', 'CREATE TRIGGER wipe AFTER INSERT ON orders BEGIN DELETE FROM customers; END');
      await expectRefused(trigger, /trigger.db .*never makes \(trigger wipe\).*unchanged/);
      await expectRefused(await alteredBackup('view.db', 'CREATE VIEW peek AS SELECT * FROM customers'), /\(view peek\)/);
      await expectRefused(await alteredBackup('table.db', 'CREATE TABLE extra (x)'), /\(table extra\)/);
      const db = new Database(core.dbPath, { readonly: true });
      const index = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = 'orders' LIMIT 1").get() as { name: string };
      db.close();
      const changed = await alteredBackup('index.db', `DROP INDEX "${index.name}"; CREATE INDEX "${index.name}" ON orders (id)`);
      await expectRefused(changed, new RegExp(`\\(index ${index.name}\\)`));

      const before = await liveCounts(core);
      value(await core.dispatch('imports.run', { paths: [orders] }));
      expect(await liveCounts(core)).toEqual(before);
    });

    it('a backup whose rows refer to rows that are not there', async () => {
      await expectRefused(await alteredBackup('orphans.db', 'UPDATE orders SET customer_id = 999999 WHERE id = (SELECT min(id) FROM orders)'), /orphans.db .*refer to rows that are not there/);
    });

    it('a database from a newer version of Regulars', async () => {
      const path = join(files.dir, 'future.db');
      value(await core.dispatch('data.backup', { path }));
      const db = new Database(path);
      db.pragma('user_version = 999');
      db.close();
      await expectRefused(path, /newer version of Regulars/);
    });
  });

  it('deletes all data in one go, and the app still works and imports again', async () => {
    const changes: string[] = [];
    const unsubscribe = core.events.subscribe((event) => {
      if (event.name === 'data.changed') changes.push(event.payload.reason);
    });
    const refused = await core.dispatch('data.deleteAll', { confirm: 'delete' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await liveCounts(core)).orders).toBeGreaterThan(0);

    value(await core.dispatch('data.deleteAll', { confirm: 'DELETE' }));
    unsubscribe();
    expect(changes).toEqual(['deleteAll']);
    const db = new Database(core.dbPath, { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
    expect(tables.length).toBeGreaterThan(10);
    // The recompute after deleting rewrites the summaries of an empty shop: no customers in any stage.
    const emptyShopSummaries = ['lifecycle_state', 'lifecycle_stage_counts', 'lifecycle_reports', 'model_fits'];
    for (const table of tables.filter((name) => !emptyShopSummaries.includes(name))) {
      expect({ table, rows: (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n }).toEqual({ table, rows: 0 });
    }
    expect(db.prepare('SELECT latest_order_day, import_id FROM lifecycle_state').all()).toEqual([{ latest_order_day: null, import_id: null }]);
    expect(db.prepare('SELECT coalesce(sum(customers), 0) AS n FROM lifecycle_stage_counts').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT customers FROM model_fits').all()).toEqual([{ customers: 0 }]);
    db.close();
    expect(await liveCounts(core)).toMatchObject({ empty: true });

    value(await core.dispatch('imports.run', { paths: [orders] }));
    expect(await liveCounts(core)).toMatchObject({ empty: false });
    expect(counts(core.dbPath).imports).toBe(1);
  });

  it('keeps the currency display preference, also across delete all', async () => {
    expect(value<{ currencyDisplay: string }>(await core.dispatch('preferences.get', {})).currencyDisplay).toBe('symbol');
    value(await core.dispatch('preferences.set', { currencyDisplay: 'code' }));
    value(await core.dispatch('data.deleteAll', { confirm: 'DELETE' }));
    expect(await core.dispatch('preferences.get', {})).toEqual({ ok: true, value: { language: null, theme: 'auto', currencyDisplay: 'code' } });
    expect(await core.dispatch('preferences.set', { currencyDisplay: 'money' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
