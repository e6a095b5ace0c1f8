import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regulars, realErrors } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { expectTruthfulShop } from '../support/shop-truth.ts';
import { DEGENERATE_SHOPS, writeDegenerateShop, youngShopOptions } from '../fixtures/degenerate-shops.ts';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';

/**
 * Shops from the edges (fixtures/degenerate-shops.ts) through `npx regulars import` as a user runs it:
 * the import succeeds whatever the analysis can make of the shop, and summary, model, customers,
 * journeys, economics, suggestions and exports answer with finite figures that agree with each other.
 */
describe.each(Object.keys(DEGENERATE_SHOPS))('edge shop: %s', (name) => {
  const temp = makeTempDir('edge-shop-');
  const dbPath = join(temp.dir, 'shop.db');
  const shop = DEGENERATE_SHOPS[name]();
  let importOutput = '';
  beforeAll(async () => {
    const run = await regulars(['import', ...writeDegenerateShop(temp.dir, shop), '--db', dbPath]);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    importOutput = run.stdout;
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('imports, and every view answers with figures that agree', async () => {
    const summary = await expectTruthfulShop(dbPath, temp.dir);
    expect(summary.orders).toBe(shop.orders.length);
    expect(summary.customers + summary.prospects).toBeLessThanOrEqual(new Set([...shop.orders.map((o) => o.email ?? o.phone), ...(shop.contacts ?? []).map((c) => c.email)].filter(Boolean)).size);
  }, 300_000);

  it('warns about orders dated after today, and only about them', () => {
    const future = shop.orders.filter((o) => instant(o.createdAt) > Date.now() + 36 * 3_600_000).length;
    const warning = importOutput.split('\n').find((line) => line.includes('Orders dated after today'));
    if (future === 0) expect(warning).toBeUndefined();
    else expect(warning).toMatch(new RegExp(`\\(${future}; lines? `));
  });
});

/** `2026-02-04 00:34:19 +0100` (as Shopify writes it) as an instant. */
const instant = (written: string) => Date.parse(written.replace(' ', 'T').replace(/ ([+-]\d\d)(\d\d)$/, '$1:$2'));

describe('a generated young shop like the real ones', () => {
  const temp = makeTempDir('young-shop-');
  const dbPath = join(temp.dir, 'shop.db');
  afterAll(() => temp.cleanup());

  it('has mostly one-time buyers, a short history and guest checkouts, and imports with figures that agree', async () => {
    const file = join(temp.dir, 'orders_export.csv');
    const stats = await writeShopifyOrdersExport(file, youngShopOptions(31, '2026-03-24'));
    expect(stats.orders - stats.unidentifiedOrders).toBeLessThan(stats.identifiedCustomers * 1.3);
    expect(stats.unidentifiedOrders).toBeGreaterThan(stats.orders / 10);
    expect(instant(stats.lastOrderAt) - instant(stats.firstOrderAt)).toBeLessThan(40 * 86_400_000);
    const run = await regulars(['import', file, '--db', dbPath]);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    const summary = await expectTruthfulShop(dbPath, temp.dir);
    expect(summary).toMatchObject({ orders: stats.orders, purchases: stats.purchases, customers: stats.buyers, unidentifiedOrders: stats.unidentifiedOrders });
  }, 300_000);
});
