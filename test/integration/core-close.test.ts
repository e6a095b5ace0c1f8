import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/create-core.ts';
import { WORKER_URL } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';

/**
 * Quitting the app (or restoring a backup) closes the core. Its worker then cancels its job, stops its
 * parser threads and closes the database before it ends: a thread terminated in the middle of a SQLite
 * call, or while its own parser thread was still starting, could take the whole process down.
 */
describe('closing the core', () => {
  const temp = makeTempDir('regulars-core-close-');
  afterAll(() => temp.cleanup());

  it('while a large import runs: the import is reported cancelled and the database keeps what it had', async () => {
    const dbPath = join(temp.dir, 'during-import.db');
    const file = join(temp.dir, 'orders_export.csv');
    await writeShopifyOrdersExport(file, { customers: 15_000, seed: 8 });
    const core = createCore({ dbPath, workerUrl: WORKER_URL });
    let closing: Promise<void> | null = null;
    const unsubscribe = core.events.subscribe((event) => {
      if (event.name === 'job.progress' && (event.payload as { phase: string }).phase === 'reading') closing ??= core.close();
    });
    const answer = await core.dispatch('imports.run', { paths: [file] });
    unsubscribe();
    await closing;
    expect(closing).not.toBeNull();
    expect(answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });

    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM customers) + (SELECT count(*) FROM imports) AS n').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('at any moment of the worker starting up, over and over, without crashing the process', async () => {
    for (let round = 0; round < 8; round++) {
      const core = createCore({ dbPath: join(temp.dir, `startup-${round % 3}.db`), workerUrl: WORKER_URL });
      await new Promise((resolve) => setTimeout(resolve, round * 20));
      await core.close();
    }
    const core = createCore({ dbPath: join(temp.dir, 'startup-0.db'), workerUrl: WORKER_URL });
    expect(await core.dispatch('imports.list', {})).toEqual({ ok: true, value: [] });
    await core.close();
  });

  it('right after an import, while the worker starts the parser thread for the next one', async () => {
    const file = join(temp.dir, 'next-parser.csv');
    await writeShopifyOrdersExport(file, { customers: 3000, seed: 9 });
    for (let round = 0; round < 4; round++) {
      const core = createCore({ dbPath: join(temp.dir, `next-parser-${round}.db`), workerUrl: WORKER_URL });
      const answer = await core.dispatch('imports.run', { paths: [file] });
      await core.close();
      expect(answer).toMatchObject({ ok: true, value: { results: [{ ok: true }] } });
    }
  });
});
