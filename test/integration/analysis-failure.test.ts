import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { regulars, realErrors } from '../support/run-cli.ts';
import { cliJson } from '../support/cli-json.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { writeSimpleOrdersExport } from '../fixtures/degenerate-shops.ts';
import type { ImportFileResult } from '../../src/shared/domain/imports.ts';
import type { ShopSummary } from '../../src/shared/domain/shop-summary.ts';

/**
 * The import commits or rolls back on the file alone: when the analysis after it cannot be stored (here
 * the file refuses every write of the results, as a damaged results table would), `regulars import`
 * still succeeds, the orders are there, and the report says the figures are those from before.
 */
describe('an analysis that fails after an import', () => {
  const temp = makeTempDir('analysis-failure-');
  const dbPath = join(temp.dir, 'shop.db');
  afterAll(() => temp.cleanup());

  it('does not fail the import, and the report says the figures were not recomputed', async () => {
    const first = join(temp.dir, 'first.csv');
    writeSimpleOrdersExport(first, [{ createdAt: '2025-03-01 10:00:00 -0500', email: 'a@example.com', total: 20 }]);
    expect((await cliJson<{ results: ImportFileResult[] }>(['import', first, '--db', dbPath])).status).toBe(0);

    const db = new Database(dbPath);
    db.exec("CREATE TRIGGER refuse_results BEFORE UPDATE ON lifecycle_state BEGIN SELECT RAISE(ABORT, 'results table refuses writes'); END;");
    db.exec("CREATE TRIGGER refuse_new_results BEFORE INSERT ON lifecycle_state BEGIN SELECT RAISE(ABORT, 'results table refuses writes'); END;");
    db.close();

    const second = join(temp.dir, 'second.csv');
    writeSimpleOrdersExport(second, [
      { createdAt: '2025-03-01 10:00:00 -0500', email: 'a@example.com', total: 20 },
      { createdAt: '2025-03-09 10:00:00 -0500', email: 'b@example.com', total: 30 },
    ]);
    const run = await regulars(['import', second, '--db', dbPath, '--json']);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    const { results } = JSON.parse(run.stdout) as { results: ImportFileResult[] };
    expect(results).toMatchObject([{ ok: true, report: { ordersAdded: 1, warnings: [expect.objectContaining({ code: 'analysisNotUpdated', message: expect.stringContaining('results table refuses writes') })] } }]);
    expect((await cliJson<ShopSummary>(['summary', '--db', dbPath])).json).toMatchObject({ orders: 2, customers: 2 });
  }, 120_000);
});
