import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection.ts';
import { migrate } from '../../src/main/db/migrate.ts';
import { migrations } from '../../src/main/db/migrations/index.ts';
import { runImportJob } from '../../src/main/import/run-import-job.ts';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const temp = makeTempDir('regulars-import-connection-');
afterEach(() => temp.cleanup());

describe('the write connection after an import', () => {
  it('keeps its foreign keys, sync level and cache when the import cannot even start (the database is locked)', async () => {
    const dbPath = join(temp.dir, 'regulars.db');
    const file = join(temp.dir, 'orders.csv');
    await writeShopifyOrdersExport(file, { customers: 20, seed: 3 });
    const db = openDatabase(dbPath);
    migrate(db, migrations, dbPath);
    db.pragma('busy_timeout = 50');
    const before = { foreignKeys: db.pragma('foreign_keys', { simple: true }), synchronous: db.pragma('synchronous', { simple: true }), cache: db.pragma('cache_size', { simple: true }) };
    const other = openDatabase(dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const [result] = await runImportJob({ db, signal: new AbortController().signal, progress: () => {} }, [file]);
      expect(result).toMatchObject({ ok: false });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect({ foreignKeys: db.pragma('foreign_keys', { simple: true }), synchronous: db.pragma('synchronous', { simple: true }), cache: db.pragma('cache_size', { simple: true }) }).toEqual(before);
    const [again] = await runImportJob({ db, signal: new AbortController().signal, progress: () => {} }, [file]);
    expect(again).toMatchObject({ ok: true });
    db.close();
  });
});
