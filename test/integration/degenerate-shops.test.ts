import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regulars, realErrors } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { expectTruthfulShop } from '../support/shop-truth.ts';
import { DEGENERATE_SHOPS, writeDegenerateShop } from '../fixtures/degenerate-shops.ts';

/**
 * Shops from the edges (fixtures/degenerate-shops.ts) through `npx regulars import` as a user runs it:
 * the import succeeds whatever the analysis can make of the shop, and summary, model, customers,
 * journeys, economics, suggestions and exports answer with finite figures that agree with each other.
 */
describe.each(Object.keys(DEGENERATE_SHOPS))('edge shop: %s', (name) => {
  const temp = makeTempDir('edge-shop-');
  const dbPath = join(temp.dir, 'shop.db');
  const shop = DEGENERATE_SHOPS[name]();
  beforeAll(async () => {
    const run = await regulars(['import', ...writeDegenerateShop(temp.dir, shop), '--db', dbPath]);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('imports, and every view answers with figures that agree', async () => {
    const summary = await expectTruthfulShop(dbPath, temp.dir);
    expect(summary.orders).toBe(shop.orders.length);
    expect(summary.customers + summary.prospects).toBeLessThanOrEqual(new Set([...shop.orders.map((o) => o.email ?? o.phone), ...(shop.contacts ?? []).map((c) => c.email)].filter(Boolean)).size);
  }, 300_000);
});
