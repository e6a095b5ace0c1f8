import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/create-core.ts';
import { call, startTestCore } from '../support/core.ts';
import { buildIfStale, PROJECT_ROOT } from '../support/built-app.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import { OWN_THREAD_BYTES } from '../../src/main/import/run-import-job.ts';
import type { ImportFileResult } from '../../src/shared/domain/imports.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function start() {
  const core = startTestCore({ inline: false });
  cleanups.push(() => core.dispose());
  return core;
}

async function largeExport(dir: string, name: string, seed: number) {
  const file = join(dir, name);
  const stats = await writeShopifyOrdersExport(file, { customers: 3000, seed });
  expect(statSync(file).size).toBeGreaterThan(OWN_THREAD_BYTES);
  return { file, stats };
}

function importedReport(results: ImportFileResult[]) {
  const [result] = results;
  if (!result.ok) throw new Error(result.error.message);
  return result.report;
}

describe('a large file is read on a thread of its own while the worker writes', () => {
  it('imports with the exact ground truth, and importing it again changes nothing', async () => {
    const c = start();
    const { file, stats } = await largeExport(c.dir, 'orders_export.csv', 21);
    const first = importedReport((await call(c, 'imports.run', { paths: [file] })).results);
    expect(first).toMatchObject({ rows: stats.rows, ordersAdded: stats.orders, ordersUpdated: 0, customersAdded: stats.identifiedCustomers });
    const summary = await call(c, 'shop.summary', {});
    expect(summary).toMatchObject({
      orders: stats.orders, purchases: stats.purchases, customers: stats.buyers, unidentifiedOrders: stats.unidentifiedOrders,
      grossSales: stats.grossSalesCents / 100, refunds: stats.refundsCents / 100, netSales: stats.netSalesCents / 100,
    });
    const again = importedReport((await call(c, 'imports.run', { paths: [file] })).results);
    expect(again).toMatchObject({ ordersAdded: 0, ordersUpdated: 0, ordersUnchanged: stats.orders, customersAdded: 0 });
    expect(await call(c, 'shop.summary', {})).toEqual(summary);
  });

  it('leaves the database file itself holding the import once the job is done (the worker checkpoints the log when idle)', async () => {
    const c = start();
    const { file } = await largeExport(c.dir, 'orders_export.csv', 24);
    importedReport((await call(c, 'imports.run', { paths: [file] })).results);
    const reader = new Database(c.dbPath, { readonly: true });
    cleanups.push(() => {
      reader.close();
    });
    const pages = () => (reader.pragma('page_count', { simple: true }) as number) * (reader.pragma('page_size', { simple: true }) as number);
    const deadline = Date.now() + 10_000;
    while (statSync(c.dbPath).size < pages() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(statSync(c.dbPath).size).toBe(pages());
    expect(pages()).toBeGreaterThan(statSync(file).size / 4);
  });

  it('a file damaged near its end fails naming the line, and leaves the database as it was', async () => {
    const c = start();
    const { file: earlier } = await largeExport(c.dir, 'earlier.csv', 22);
    importedReport((await call(c, 'imports.run', { paths: [earlier] })).results);
    const before = await call(c, 'shop.summary', {});

    const { file } = await largeExport(c.dir, 'damaged.csv', 23);
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('",', Math.floor(text.length * 0.9));
    writeFileSync(file, `${text.slice(0, at)}"x${text.slice(at + 1)}`);
    const line = text.slice(0, at).split('\n').length;

    const [result] = (await call(c, 'imports.run', { paths: [file] })).results;
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_file', details: { file: 'damaged.csv', line, messageKey: 'imports:errors.csvTextAfterQuote' } } });
    expect(await call(c, 'shop.summary', {})).toEqual(before);
    expect(await call(c, 'imports.list', {})).toHaveLength(1);
  });

  it('works from the built app: its bundled worker starts the bundled parser', async () => {
    buildIfStale(['out/main/worker.js', 'out/main/import-parser.js'], ['src/main', 'src/shared', 'electron.vite.config.ts']);
    const temp = makeTempDir();
    const core = createCore({
      dbPath: join(temp.dir, 'regulars.db'),
      workerUrl: pathToFileURL(join(PROJECT_ROOT, 'out/main/worker.js')),
      parserUrl: pathToFileURL(join(PROJECT_ROOT, 'out/main/import-parser.js')),
    });
    cleanups.push(async () => {
      await core.close();
      temp.cleanup();
    });
    const { file, stats } = await largeExport(temp.dir, 'orders_export.csv', 24);
    expect(importedReport((await call(core, 'imports.run', { paths: [file] })).results)).toMatchObject({ rows: stats.rows, ordersAdded: stats.orders });
  });
});
