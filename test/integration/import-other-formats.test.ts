import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore } from '../support/core.ts';
import { writeEtsySoldOrdersExport, writeTransactionsCsv, writeWooCommerceOrdersExport, type TransactionDateFormat } from '../fixtures/other-exports-generator.ts';
import { runCli } from '../../src/main/cli/run-cli.ts';
import type { FileInspection, ImportFileResult } from '../../src/shared/domain/imports.ts';
import type { ShopSummary } from '../../src/shared/domain/shop-summary.ts';

type TestCore = ReturnType<typeof startTestCore>;
let core: TestCore | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});
const start = () => (core = startTestCore({ inline: true }));

async function call<T>(c: TestCore, name: string, input: unknown): Promise<T> {
  const answer = await c.dispatch(name, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
}
const run = async (c: TestCore, input: unknown) => (await call<{ results: ImportFileResult[] }>(c, 'imports.run', input)).results;
const summary = (c: TestCore) => call<ShopSummary>(c, 'shop.summary', {});

describe('order files from other platforms', () => {
  it('imports a WooCommerce Advanced Order Export (CRLF, one row per item) by its preset', async () => {
    const c = start();
    const file = join(c.dir, 'woo.csv');
    const stats = await writeWooCommerceOrdersExport(file, { customers: 40, seed: 21, bom: true });
    const inspection = await call<FileInspection>(c, 'imports.inspect', { path: file });
    expect(inspection).toMatchObject({ kind: 'woocommerce_orders', mappingSource: 'preset', needsMapping: false, dateFormat: 'iso' });
    const [result] = await run(c, { paths: [file] });
    expect(result).toMatchObject({ ok: true, report: { kind: 'woocommerce_orders', rows: stats.rows, ordersAdded: stats.orders } });
    expect(await summary(c)).toMatchObject({ orders: stats.orders, purchases: stats.purchases, customers: stats.buyers, grossSales: stats.grossSalesCents / 100, netSales: stats.netSalesCents / 100 });
  });

  it('imports Etsy sold orders (MM/DD/YY, buyer ids, net after refunds)', async () => {
    const c = start();
    const file = join(c.dir, 'EtsySoldOrders2025.csv');
    const stats = await writeEtsySoldOrdersExport(file, { customers: 40, seed: 22 });
    const [result] = await run(c, { paths: [file] });
    expect(result).toMatchObject({ ok: true, report: { kind: 'etsy_orders', ordersAdded: stats.orders } });
    expect(await summary(c)).toMatchObject({ orders: stats.orders, purchases: stats.purchases, customers: stats.buyers, grossSales: stats.grossSalesCents / 100, netSales: stats.netSalesCents / 100 });
  });

  it.each<[TransactionDateFormat, 'plain' | 'symbol-thousands']>([
    ['iso', 'plain'], ['yyyymmdd', 'symbol-thousands'], ['mm/dd/yy', 'plain'], ['dd/mm/yyyy', 'symbol-thousands'],
  ])('imports a transactions file with %s dates and %s money', async (dateFormat, moneyFormat) => {
    const c = start();
    const file = join(c.dir, 'transactions.csv');
    const stats = await writeTransactionsCsv(file, { customers: 60, seed: 23, dateFormat, moneyFormat });
    const [result] = await run(c, { paths: [file] });
    expect(result).toMatchObject({ ok: true, report: { kind: 'transactions', ordersAdded: stats.orders } });
    expect(await summary(c)).toMatchObject({ orders: stats.orders, purchases: stats.purchases, customers: stats.customers, netSales: stats.netSalesCents / 100 });
    const again = await run(c, { paths: [file] });
    expect(again).toMatchObject([{ ok: true, report: { ordersAdded: 0, ordersUnchanged: stats.orders } }]);
  });

  it('proposes a mapping for an unknown order file, imports it once confirmed and remembers it for that header', async () => {
    const c = start();
    const file = join(c.dir, 'pos.csv');
    writeFileSync(file, 'Receipt,Sold on,Client e-mail,Grand total,Notes\nR-1,2024-03-01,ann@example.com,"1,250.00",x\nR-2,2024-03-02,bob@example.com,€ 12,\nR-3,2024-03-09,,7.50,walk-in\n');
    const inspection = await call<FileInspection>(c, 'imports.inspect', { path: file });
    expect(inspection).toMatchObject({ kind: 'mapped_orders', needsMapping: true, mappingSource: 'proposed', dateFormat: 'iso', mapping: { date: 'Sold on', amount: 'Grand total', email: 'Client e-mail' } });
    expect(await run(c, { paths: [file] })).toMatchObject([{ ok: false, error: { details: { messageKey: 'imports:errors.needsMapping' } } }]);
    const mapping = { orderId: 'Receipt', date: 'Sold on', amount: 'Grand total', email: 'Client e-mail' };
    const [result] = await run(c, { paths: [file], files: [{ path: file, mapping }] });
    expect(result).toMatchObject({ ok: true, report: { kind: 'mapped_orders', ordersAdded: 3, customersAdded: 2 } });
    expect(await summary(c)).toMatchObject({ orders: 3, customers: 2, unidentifiedOrders: 1, grossSales: 1269.5 });
    expect(await call<FileInspection>(c, 'imports.inspect', { path: file })).toMatchObject({ mappingSource: 'remembered', needsMapping: false, mapping });
    expect(await run(c, { paths: [file] })).toMatchObject([{ ok: true, report: { ordersUnchanged: 3 } }]);
  });

  it('asks whether dates are month-first or day-first when the data cannot tell, and names a bad date', async () => {
    const c = start();
    const file = join(c.dir, 'sales.csv');
    writeFileSync(file, 'customer_id,date,amount\nC1,03/04/2024,10\nC2,05/06/2024,20\n');
    expect(await call<FileInspection>(c, 'imports.inspect', { path: file })).toMatchObject({ kind: 'transactions', dateFormat: null, dateQuestion: { candidates: ['mdy', 'dmy'] } });
    expect(await run(c, { paths: [file] })).toMatchObject([{ ok: false, error: { details: { messageKey: 'imports:errors.ambiguousDates' } } }]);
    expect(await run(c, { paths: [file], files: [{ path: file, dateFormat: 'dmy' }] })).toMatchObject([{ ok: true }]);
    expect(await summary(c)).toMatchObject({ firstOrderAt: '2024-04-03T00:00:00Z', lastOrderAt: '2024-06-05T00:00:00Z' });
    const bad = join(c.dir, 'bad.csv');
    writeFileSync(bad, 'customer_id,date,amount\nC1,2024-03-04,10\nC2,"2024-13-01",20\n');
    const [result] = await run(c, { paths: [bad] });
    expect(result).toMatchObject({ ok: false, error: { details: { line: 3, column: 'date', messageKey: 'imports:errors.notADate' } } });
  });

  it('reads files re-saved with ";" separators or as UTF-16 text by a spreadsheet program', async () => {
    const c = start();
    const source = join(c.dir, 'woo.csv');
    const stats = await writeWooCommerceOrdersExport(source, { customers: 40, seed: 21 });
    const rows = Papa.parse<string[]>(readFileSync(source, 'utf8'), { skipEmptyLines: true }).data;
    const semicolon = join(c.dir, 'woo_semicolon.csv');
    writeFileSync(semicolon, Papa.unparse(rows, { delimiter: ';', newline: '\r\n' }));
    const utf16 = join(c.dir, 'woo_unicode.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(Papa.unparse(rows, { delimiter: '\t' }), 'utf16le')]));
    const [first, second] = await run(c, { paths: [semicolon, utf16] });
    expect(first).toMatchObject({ ok: true, report: { kind: 'woocommerce_orders', ordersAdded: stats.orders } });
    expect(second).toMatchObject({ ok: true, report: { kind: 'woocommerce_orders', ordersUnchanged: stats.orders } });
  });

  it('refuses a spreadsheet workbook and an empty file with a message saying what was expected', async () => {
    const c = start();
    const xlsx = join(c.dir, 'orders.xlsx');
    writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    const empty = join(c.dir, 'empty.csv');
    writeFileSync(empty, '');
    expect(await run(c, { paths: [xlsx, empty, join(c.dir, 'missing.csv')] })).toMatchObject([
      { ok: false, error: { details: { messageKey: 'imports:errors.workbook' } } },
      { ok: false, error: { details: { messageKey: 'imports:errors.emptyFile' } } },
      { ok: false, error: { details: { messageKey: 'imports:errors.unreadable' } } },
    ]);
  });
});

describe('CLI import and summary', () => {
  it('imports files, exits 0, and prints the summary keys as JSON; exits non-zero with the error on stderr', async () => {
    const c = start();
    const dbPath = join(c.dir, 'cli.db');
    const file = join(c.dir, 'transactions.csv');
    const stats = await writeTransactionsCsv(file, { customers: 20, seed: 30 });
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(await runCli(['import', file, '--db', dbPath], io)).toBe(0);
    expect(out.join('\n')).toMatch(/transactions\.csv: transactions/);
    out.length = 0;
    expect(await runCli(['summary', '--db', dbPath, '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as ShopSummary;
    expect(json).toMatchObject({ orders: stats.orders, purchases: stats.purchases, customers: stats.customers, prospects: 0, unidentifiedOrders: 0, netSales: stats.netSalesCents / 100 });
    // A customer_id,date,amount file names no currency: the summary says so rather than guessing one.
    expect(json.currency).toBeNull();
    for (const key of ['grossSales', 'refunds', 'firstOrderAt', 'lastOrderAt']) expect(json).toHaveProperty(key);
    const junk = join(c.dir, 'junk.csv');
    writeFileSync(junk, 'a,b\n1,2\n');
    expect(await runCli(['import', junk, '--db', dbPath], io)).not.toBe(0);
    expect(err.join('\n')).toMatch(/junk\.csv: this is not an order or customer export/);
  });
});
