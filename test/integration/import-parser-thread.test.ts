import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection.ts';
import { migrate } from '../../src/main/db/migrate.ts';
import { migrations } from '../../src/main/db/migrations/index.ts';
import { OWN_THREAD_BYTES, runImportJob } from '../../src/main/import/run-import-job.ts';
import { hasReadyParserThread, prepareParserThread, SOURCE_PARSER_URL, stopParserThreads } from '../../src/main/import/parallel/parse-in-worker.ts';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const temp = makeTempDir();
afterAll(async () => {
  await stopParserThreads();
  temp.cleanup();
});

/** Imports a file large enough to be read on a thread of its own into a fresh database, as the CLI's job does. */
async function importLargeFile(name: string): Promise<void> {
  const file = join(temp.dir, `${name}.csv`);
  const stats = await writeShopifyOrdersExport(file, { customers: 3000, seed: 31 });
  expect(statSync(file).size).toBeGreaterThan(OWN_THREAD_BYTES);
  const dbPath = join(temp.dir, `${name}.db`);
  const db = openDatabase(dbPath);
  try {
    migrate(db, migrations, dbPath);
    const [result] = await runImportJob({ db, signal: new AbortController().signal, progress: () => {} }, [file]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.rows).toBe(stats.rows);
  } finally {
    db.close();
  }
}

describe('a parser thread waiting for the next import', () => {
  it('is not started after an import when the host keeps none ready (the CLI imports once and exits)', async () => {
    await importLargeFile('cli');
    expect(hasReadyParserThread(SOURCE_PARSER_URL)).toBe(false);
  });

  it('is started again after every import once the host keeps one ready (the app\'s job worker), until it stops them', async () => {
    await prepareParserThread(SOURCE_PARSER_URL);
    expect(hasReadyParserThread(SOURCE_PARSER_URL)).toBe(true);
    await importLargeFile('app-first');
    expect(hasReadyParserThread(SOURCE_PARSER_URL)).toBe(true);
    await importLargeFile('app-second');
    expect(hasReadyParserThread(SOURCE_PARSER_URL)).toBe(true);
    await stopParserThreads();
    expect(hasReadyParserThread(SOURCE_PARSER_URL)).toBe(false);
    await importLargeFile('after-stop');
    expect(hasReadyParserThread(SOURCE_PARSER_URL)).toBe(false);
  });
});
