import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection.ts';
import { migrate } from '../../src/main/db/migrate.ts';
import { migrations } from '../../src/main/db/migrations/index.ts';
import { runImportJob } from '../../src/main/import/run-import-job.ts';
import type { Db } from '../../src/main/db/connection.ts';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import { makeTempDir } from '../support/temp-dir.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('regulars-import-connection-');
});
afterEach(() => temp.cleanup());

const settings = (db: Db) => ({
  foreignKeys: db.pragma('foreign_keys', { simple: true }),
  synchronous: db.pragma('synchronous', { simple: true }),
  cache: db.pragma('cache_size', { simple: true }),
  threads: db.pragma('threads', { simple: true }),
});

describe('the write connection after an import', () => {
  it('is set as before once a large import has rebuilt its indexes, and the indexes are all back', async () => {
    const dbPath = join(temp.dir, 'regulars.db');
    const file = join(temp.dir, 'orders.csv');
    await writeShopifyOrdersExport(file, { customers: 5000, seed: 4 });
    expect(statSync(file).size).toBeGreaterThan(8_000_000);
    const db = openDatabase(dbPath);
    migrate(db, migrations, dbPath);
    const indexes = () => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").pluck().all();
    const before = { settings: settings(db), indexes: indexes() };
    const phases: string[] = [];
    const [result] = await runImportJob({ db, signal: new AbortController().signal, progress: (p) => phases.push(p.phase) }, [file]);
    expect(result).toMatchObject({ ok: true });
    expect(phases).toContain('indexing');
    expect({ settings: settings(db), indexes: indexes() }).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('keeps its foreign keys, sync level and cache when the import cannot even start (the database is locked)', async () => {
    const dbPath = join(temp.dir, 'regulars.db');
    const file = join(temp.dir, 'orders.csv');
    await writeShopifyOrdersExport(file, { customers: 20, seed: 3 });
    const db = openDatabase(dbPath);
    migrate(db, migrations, dbPath);
    db.pragma('busy_timeout = 50');
    const before = settings(db);
    const other = openDatabase(dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const [result] = await runImportJob({ db, signal: new AbortController().signal, progress: () => {} }, [file]);
      expect(result).toMatchObject({ ok: false });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(settings(db)).toEqual(before);
    const [again] = await runImportJob({ db, signal: new AbortController().signal, progress: () => {} }, [file]);
    expect(again).toMatchObject({ ok: true });
    db.close();
  });
});
