import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regulars, realErrors } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { cliJson } from '../support/cli-json.ts';
import { expectTruthfulShop, type CliSummary } from '../support/shop-truth.ts';

/**
 * Every real shop of test/fixtures/real-shops/ through `npx regulars import` as a user runs it: its
 * `summary --json` equals the reference figures of expected.json (computed independently from each
 * file), and every figure agrees with every other (support/shop-truth.ts).
 */
const SHOPS = new URL('../fixtures/real-shops/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', SHOPS), 'utf8')) as Record<string, Record<string, number | string>>;
const customersExportOf = (file: string) => readdirSync(SHOPS).find((name) => name.includes('customers_export') && name.split('__')[0] === file.split('__')[0]);
/** `2026-02-04 00:34:19 +0100` (as written in the export) as an instant. */
const instant = (written: string) => Date.parse(written.replace(' ', 'T').replace(/ ([+-]\d\d)(\d\d)$/, '$1:$2'));

describe.each(Object.keys(expected))('real shop %s', (file) => {
  const temp = makeTempDir('real-shop-');
  const dbPath = join(temp.dir, 'shop.db');
  beforeAll(async () => {
    const extra = customersExportOf(file);
    const run = await regulars(['import', new URL(file, SHOPS).pathname, ...(extra ? [new URL(extra, SHOPS).pathname] : []), '--db', dbPath]);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('summary --json equals the reference figures', async () => {
    const { json, status } = await cliJson<CliSummary>(['summary', '--db', dbPath]);
    expect(status).toBe(0);
    const want = expected[file];
    expect({ orders: json.orders, purchases: json.purchases, customers: json.customers, unidentifiedOrders: json.unidentifiedOrders }).toEqual({
      orders: want.orders,
      purchases: want.purchases,
      customers: want.customers,
      unidentifiedOrders: want.unidentifiedOrders,
    });
    for (const money of ['grossSales', 'refunds', 'netSales'] as const) expect(json[money], money).toBeCloseTo(want[money] as number, 2);
    expect(Date.parse(json.firstOrderAt!)).toBe(instant(want.firstOrderAt as string));
    expect(Date.parse(json.lastOrderAt!)).toBe(instant(want.lastOrderAt as string));
  });

  it('has finite figures that agree with each other in every view', async () => {
    await expectTruthfulShop(dbPath, temp.dir);
  }, 300_000);
});
