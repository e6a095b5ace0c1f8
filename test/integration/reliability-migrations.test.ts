import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection.ts';
import { migrate, type Migration } from '../../src/main/db/migrate.ts';
import { migrations } from '../../src/main/db/migrations/index.ts';
import { createCore } from '../../src/main/core/create-core.ts';
import { AppError } from '../../src/shared/api/envelope.ts';
import { fillRepresentativeRows, missingRows, type FillResult } from '../reliability/representative-rows.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const latest = migrations.length;
const launcher = fileURLToPath(new URL('../../bin/regulars.mjs', import.meta.url));
const STORE_TABLES = ['settings', 'imports', 'customers', 'orders', 'line_items'];
/** Since schema 7 line items are stored in order_lines, naming products, and line_items is a view of them. */
const storeTablesAt = (version: number) => (version >= 7 ? [...STORE_TABLES.filter((t) => t !== 'line_items'), 'products', 'order_lines'] : STORE_TABLES);

/** The engine's and the model's results: rewritten by every recompute, so a migration may clear them. */
function isDerived(table: string): boolean {
  return /^(lifecycle|model)_/.test(table);
}

function fileDigest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A database as version `version` of the app left it: migrated that far, with data in every table. */
function databaseAtVersion(path: string, version: number, journalMode: 'wal' | 'delete' = 'wal'): FillResult {
  const db = openDatabase(path);
  migrate(db, migrations.slice(0, version), path);
  const fill = fillRepresentativeRows(db);
  if (journalMode === 'delete') db.pragma('journal_mode = DELETE');
  db.close();
  return fill;
}

function readOnly(path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true });
}

describe('migrations keep the data of every earlier schema version', () => {
  const temp = makeTempDir('regulars-reliability-migrations-');
  afterAll(() => temp.cleanup());

  it.each(Array.from({ length: latest }, (_, k) => k))('a database written at schema version %i opens, migrates and keeps its rows', async (version) => {
    const path = join(temp.dir, `from-v${version}.db`);
    const fill = databaseAtVersion(path, version);
    if (version >= 1) expect(fill.filled.map((t) => t.table)).toEqual(expect.arrayContaining(storeTablesAt(version)));
    if (fill.skipped.length > 0) console.info(`schema v${version}: tables no generic row fits:`, fill.skipped);

    const core = createCore({ dbPath: path });
    try {
      const info = await core.dispatch('app.info', {});
      expect(info).toMatchObject({ ok: true, value: { schemaVersion: latest, empty: version === 0 } });
      const summary = await core.dispatch('shop.summary', {});
      expect(summary).toMatchObject({ ok: true, value: { orders: version === 0 ? 0 : 3 } });
    } finally {
      await core.close();
    }

    const db = readOnly(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(missingRows(db, fill.filled.filter((t) => !isDerived(t.table)))).toEqual([]);
    db.close();
    expect(existsSync(`${path}.before-v${latest}.bak`)).toBe(version >= 1);
  });

  it('restores the backup copy when a migration fails half-way, and the app still opens the file', async () => {
    const path = join(temp.dir, 'failing-migration.db');
    const fill = databaseAtVersion(path, latest);
    const failing: Migration = {
      version: latest + 1,
      name: 'fails-half-way',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER); DELETE FROM order_lines; DELETE FROM orders;');
        throw new Error('simulated failure after deleting orders');
      },
    };
    const db = openDatabase(path);
    expect(() => migrate(db, [...migrations, failing], path)).toThrow(/fails-half-way\) failed: simulated failure.*restored from .*before-v/);

    const after = readOnly(path);
    expect(after.pragma('user_version', { simple: true })).toBe(latest);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(after.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    expect(missingRows(after, fill.filled)).toEqual([]);
    after.close();

    const core = createCore({ dbPath: path });
    expect(await core.dispatch('shop.summary', {})).toMatchObject({ ok: true, value: { orders: 3 } });
    await core.close();
  });
});

describe('the pre-migration backup copy', () => {
  const temp = makeTempDir('regulars-reliability-backup-');
  afterAll(() => temp.cleanup());

  it('is readable by its owner only, like the database', async () => {
    const path = join(temp.dir, 'backup-mode.db');
    databaseAtVersion(path, Math.max(1, latest - 1));
    await createCore({ dbPath: path }).close();
    expect(statSync(`${path}.before-v${latest}.bak`).mode & 0o777).toBe(0o600);
  });
});

describe('a database from a newer version of the app is refused and left untouched', () => {
  const temp = makeTempDir('regulars-reliability-too-new-');
  afterAll(() => temp.cleanup());

  function newerDatabase(name: string, journalMode: 'wal' | 'delete'): string {
    const path = join(temp.dir, name);
    databaseAtVersion(path, latest, journalMode);
    const db = new Database(path);
    db.pragma(`user_version = ${latest + 7}`);
    db.close();
    return path;
  }

  function expectRefusedUnchanged(path: string): void {
    const digest = fileDigest(path);
    const filesBefore = readdirSync(temp.dir).sort();
    let caught: unknown;
    try {
      createCore({ dbPath: path });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('database_too_new');
    expect((caught as AppError).message).toMatch(/newer version of Regulars.*schema \d+; this version knows up to \d+/);
    expect(fileDigest(path)).toBe(digest);
    expect(readdirSync(temp.dir).sort()).toEqual(filesBefore);
  }

  it('createCore refuses it with database_too_new, the file byte for byte unchanged', () => {
    expectRefusedUnchanged(newerDatabase('newer-wal.db', 'wal'));
  });

  it('createCore refuses a newer rollback-journal database without rewriting its header', () => {
    expectRefusedUnchanged(newerDatabase('newer-delete.db', 'delete'));
  });

  it('the CLI prints a clear message and exits non-zero, leaving the file unchanged', () => {
    const path = newerDatabase('newer-cli.db', 'wal');
    const digest = fileDigest(path);
    const run = spawnSync(process.execPath, [launcher, 'summary', '--db', path], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(path);
    expect(run.stderr).toMatch(/written by a newer version of Regulars.*Update the app/);
    expect(fileDigest(path)).toBe(digest);
  });
});
