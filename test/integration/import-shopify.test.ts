import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore } from '../support/core.ts';
import {
  ORDER_HEADER_GENERATIONS, writeShopifyCustomersExport, writeShopifyOrdersExport, type OrderHeaderGeneration,
} from '../fixtures/shopify-export-generator.ts';
import { CURRENT_ORDER_HEADER } from '../fixtures/shopify-headers.ts';
import { excelResave, truncateInsideQuotedField } from '../fixtures/export-damage.ts';
import type { ImportFileResult } from '../../src/shared/domain/imports.ts';
import type { ShopSummary } from '../../src/shared/domain/shop-summary.ts';

type TestCore = ReturnType<typeof startTestCore>;
let core: TestCore | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

function start(options: { inline?: boolean } = { inline: true }): TestCore {
  core = startTestCore(options);
  return core;
}

async function importFiles(c: TestCore, ...paths: string[]): Promise<ImportFileResult[]> {
  const answer = await c.dispatch('imports.run', { paths });
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { results: ImportFileResult[] }).results;
}

async function summary(c: TestCore): Promise<ShopSummary> {
  const answer = await c.dispatch('shop.summary', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as ShopSummary;
}

function report(result: ImportFileResult) {
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  return result.report;
}

/** `2024-11-10 01:57:33 -0500` -> `2024-11-10T01:57:33-05:00`. */
const isoOf = (shopify: string) => shopify.replace(' ', 'T').replace(/ ([+-]\d{2})(\d{2})$/, '$1:$2');

/** A small Shopify orders export written from row objects (current header, other columns blank). */
function shopifyCsv(rows: Record<string, string>[], options: { crlf?: boolean; bom?: boolean } = {}): string {
  const table = rows.map((row) => CURRENT_ORDER_HEADER.map((h) => row[h] ?? ''));
  const text = Papa.unparse([CURRENT_ORDER_HEADER as string[], ...table], { newline: options.crlf ? '\r\n' : '\n' });
  return (options.bom ? '\ufeff' : '') + text + (options.crlf ? '\r\n' : '\n');
}

const order = (name: string, fields: Record<string, string>, item = 'Tea - Green') => ({
  Name: name, 'Created at': '2024-05-01 10:00:00 +0200', 'Financial Status': 'paid', Currency: 'EUR', Total: '10.00',
  'Refunded Amount': '0.00', 'Lineitem quantity': '1', 'Lineitem name': item, 'Lineitem price': '10.00', ...fields,
});

describe('Shopify orders export import', () => {
  it.each(Object.keys(ORDER_HEADER_GENERATIONS) as OrderHeaderGeneration[])('imports the %s header generation with the exact ground truth', async (generation) => {
    const c = start();
    const file = join(c.dir, `orders_${generation}.csv`);
    const stats = await writeShopifyOrdersExport(file, { customers: 60, seed: 11, generation });
    const [result] = await importFiles(c, file);
    expect(report(result)).toMatchObject({ kind: 'shopify_orders', rows: stats.rows, ordersAdded: stats.orders, ordersUpdated: 0 });
    const s = await summary(c);
    const hasRefunds = ORDER_HEADER_GENERATIONS[generation].includes('Refunded Amount');
    expect(s).toMatchObject({
      orders: stats.orders, purchases: stats.purchases, customers: stats.buyers, unidentifiedOrders: stats.unidentifiedOrders,
      grossSales: stats.grossSalesCents / 100, currency: stats.currency, firstOrderAt: isoOf(stats.firstOrderAt), lastOrderAt: isoOf(stats.lastOrderAt),
    });
    if (hasRefunds) expect(s).toMatchObject({ refunds: stats.refundsCents / 100, netSales: stats.netSalesCents / 100 });
  });

  it('reads CRLF, a BOM, "" for empty fields, no final newline and oldest-first or shuffled rows alike', async () => {
    const c = start();
    const variants = [
      { lineEnding: '\r\n' as const, bom: true, quoteEmptyFields: true, finalNewline: false, rowOrder: 'oldest-first' as const },
      { rowOrder: 'shuffled-orders' as const, repeatPhoneOnEveryRow: true },
    ];
    for (const [i, variant] of variants.entries()) {
      const file = join(c.dir, `variant${i}.csv`);
      const stats = await writeShopifyOrdersExport(file, { customers: 40, seed: 5, ...variant });
      const r = report((await importFiles(c, file))[0]);
      expect(r.rows).toBe(stats.rows);
      expect(r.ordersAdded + r.ordersUnchanged).toBe(stats.orders);
      expect((await summary(c)).netSales).toBe(stats.netSalesCents / 100);
    }
  });

  it('stores the order and line-item fields the engine reads', async () => {
    const c = start();
    const file = join(c.dir, 'one.csv');
    writeFileSync(file, shopifyCsv([
      order('#1001', {
        Email: ' Ann@Example.com ', 'Discount Code': 'SPRING', 'Discount Amount': '2.00', Subtotal: '12.00', Shipping: '3.00', Taxes: '1.90', Total: '13.00',
        'Refunded Amount': '3.00', 'Financial Status': 'partially_refunded', 'Fulfillment Status': 'fulfilled', 'Accepts Marketing': 'yes', Source: 'web',
        Tags: 'vip, wholesale', 'Payment Method': 'Shopify Payments + Gift Card', 'Billing City': 'Lyon', 'Billing Province': 'ARA', 'Billing Country': 'FR',
        'Billing Zip': "'69001", 'Shipping City': 'Paris', 'Shipping Country': 'FR', Id: "'5512345678901", 'Lineitem sku': "'0042", Vendor: 'Acme',
        Notes: 'Ring twice,\nthen wait', 'Lineitem quantity': '2', 'Lineitem price': '5.00',
      }, 'Tea - Green / Large'),
      { Name: '#1001', Email: 'ann@example.com', 'Created at': '2024-05-01 10:00:00 +0200', 'Lineitem quantity': '1', 'Lineitem name': 'Gift card', 'Lineitem price': '2.00', Vendor: 'Acme' },
    ]));
    report((await importFiles(c, file))[0]);
    const db = new Database(c.dbPath, { readonly: true });
    try {
      expect(db.prepare('SELECT * FROM orders JOIN order_details ON order_id = id').get()).toMatchObject({
        external_id: '5512345678901', name: '#1001', match_key: 'shopify:#1001', email: 'Ann@Example.com', created_at: '2024-05-01T10:00:00+02:00',
        created_day: '2024-05-01', created_ms: Date.parse('2024-05-01T08:00:00Z'), currency: 'EUR', subtotal_cents: 1200, shipping_cents: 300, taxes_cents: 190,
        total_cents: 1300, discount_code: 'SPRING', discount_cents: 200, refunded_cents: 300, financial_status: 'partially_refunded',
        fulfillment_status: 'fulfilled', accepts_marketing: 1, source_channel: 'web', tags: 'vip, wholesale', payment_method: 'Shopify Payments + Gift Card',
        billing_city: 'Lyon', billing_province: 'ARA', billing_country: 'FR', shipping_city: 'Paris', shipping_country: 'FR', is_purchase: 1, net_cents: 1000,
      });
      expect(db.prepare('SELECT position, product_title, variant, sku, quantity, price_cents, vendor FROM line_items ORDER BY position').all()).toEqual([
        { position: 1, product_title: 'Tea', variant: 'Green / Large', sku: '0042', quantity: 2, price_cents: 500, vendor: 'Acme' },
        { position: 2, product_title: 'Gift card', variant: null, sku: null, quantity: 1, price_cents: 200, vendor: 'Acme' },
      ]);
      expect(db.prepare('SELECT email, zip, city, accepts_email_marketing FROM customers').get()).toEqual({ email: 'ann@example.com', zip: '69001', city: 'Lyon', accepts_email_marketing: 1 });
    } finally {
      db.close();
    }
  });

  it('removes the unit-separator control character from values with a warning, and a re-import finds the order unchanged', async () => {
    const c = start();
    const file = join(c.dir, 'odd.csv');
    writeFileSync(file, shopifyCsv([order('#1001', { Email: 'ann@example.com', Source: 'web\u001fshop', Tags: 'a\u001fb', 'Billing City': '\u001f' }), order('#1002', { Email: 'bo@example.com' })]));
    const first = report((await importFiles(c, file))[0]);
    expect(first).toMatchObject({ ordersAdded: 2 });
    expect(first.warnings).toContainEqual(expect.objectContaining({ code: 'controlCharacters', count: 1, lines: [2] }));
    const db = new Database(c.dbPath, { readonly: true });
    try {
      expect(db.prepare('SELECT name, source_channel, tags, billing_city, total_cents FROM orders JOIN order_details ON order_id = id ORDER BY name').all()).toEqual([
        { name: '#1001', source_channel: 'webshop', tags: 'ab', billing_city: null, total_cents: 1000 },
        { name: '#1002', source_channel: null, tags: null, billing_city: null, total_cents: 1000 },
      ]);
    } finally {
      db.close();
    }
    expect(report((await importFiles(c, file))[0])).toMatchObject({ ordersAdded: 0, ordersUpdated: 0, ordersUnchanged: 2 });
  });
});

describe('identity and counting rules', () => {
  it('identifies by case-folded e-mail, else by phone digits; orders with neither are unidentified but counted in sales', async () => {
    const c = start();
    const file = join(c.dir, 'rules.csv');
    writeFileSync(file, shopifyCsv([
      order('#1', { Email: 'Ann@Example.com' }),
      order('#2', { Email: ' ann@example.COM ' }),
      order('#3', { Email: '', Phone: '', 'Billing Phone': "'+1 (555) 010-2030" }),
      order('#4', { Email: '', 'Shipping Phone': '1-555-010-2030' }),
      order('#5', { Email: '' }),
    ]));
    const r = report((await importFiles(c, file))[0]);
    expect(r.customersAdded).toBe(2);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'unidentifiedOrder', count: 1, lines: [6] }));
    expect(await summary(c)).toMatchObject({ orders: 5, customers: 2, unidentifiedOrders: 1, grossSales: 50, netSales: 50 });
  });

  it('counts as purchases only orders not cancelled and not voided, expired or refunded, valued at total minus refunds', async () => {
    const c = start();
    const file = join(c.dir, 'statuses.csv');
    const statuses = ['paid', 'pending', 'authorized', 'partially_refunded', 'voided', 'expired', 'refunded'];
    writeFileSync(file, shopifyCsv([
      ...statuses.map((status, i) => order(`#${i + 1}`, { Email: `c${i}@example.com`, 'Financial Status': status, Total: '20.00', 'Refunded Amount': status.includes('refunded') ? (status === 'refunded' ? '20.00' : '5.00') : '0.00' })),
      order('#8', { Email: 'c8@example.com', 'Cancelled at': '2024-05-02 09:00:00 +0200', Total: '20.00' }),
    ]));
    report((await importFiles(c, file))[0]);
    // Customers bought (paid, pending, authorized, partially refunded); the four others only ordered: prospects.
    expect(await summary(c)).toMatchObject({ orders: 8, purchases: 4, grossSales: 160, cancelledSales: 60, refunds: 25, netSales: 75, customers: 4, prospects: 4 });
  });

  it('merges two customers and undoes it', async () => {
    const c = start();
    const file = join(c.dir, 'two.csv');
    writeFileSync(file, shopifyCsv([order('#1', { Email: 'ann@work.example' }), order('#2', { Email: 'ann@home.example' })]));
    report((await importFiles(c, file))[0]);
    expect((await summary(c)).customers).toBe(2);
    const merged = await c.dispatch('customers.merge', { sourceId: 2, targetId: 1 });
    expect(merged).toMatchObject({ ok: true, value: { sourceId: 2, targetId: 1 } });
    expect((await summary(c)).customers).toBe(1);
    expect(await c.dispatch('customers.merge', { sourceId: 2, targetId: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await c.dispatch('customers.unmerge', { customerId: 2 })).toMatchObject({ ok: true });
    expect((await summary(c)).customers).toBe(2);
    expect(await c.dispatch('customers.unmerge', { customerId: 2 })).toMatchObject({ ok: false });
  });
});

describe('Shopify customers export import', () => {
  it.each([1, 2, 3, 4] as const)('imports layout %i: buyers join their orders, those who never ordered are prospects', async (layout) => {
    const c = start();
    const orders = join(c.dir, 'orders.csv');
    const customers = join(c.dir, 'customers.csv');
    const orderStats = await writeShopifyOrdersExport(orders, { customers: 50, seed: 3 });
    const customerStats = await writeShopifyCustomersExport(customers, { customers: 50, seed: 3, layout });
    const [, r] = await importFiles(c, orders, customers);
    expect(report(r)).toMatchObject({ kind: 'shopify_customers', rows: customerStats.rows });
    const s = await summary(c);
    // Everyone who ordered without a purchase that counts is a prospect too, beside the subscribers who never ordered.
    expect(s.customers).toBe(orderStats.buyers);
    expect(s.prospects).toBe(customerStats.prospects + orderStats.identifiedCustomers - orderStats.buyers);
    const db = new Database(c.dbPath, { readonly: true });
    try {
      expect(db.prepare('SELECT sum(export_total_spent_cents) FROM customers').pluck().get()).toBe(customerStats.totalSpentCents);
      expect(db.prepare('SELECT count(*) FROM customers WHERE accepts_email_marketing = 1').pluck().get()).toBe(customerStats.emailSubscribers);
    } finally {
      db.close();
    }
  });
});

describe('refresh, atomicity and refusals', () => {
  it('re-importing the same file changes nothing', async () => {
    const c = start();
    const file = join(c.dir, 'orders.csv');
    const stats = await writeShopifyOrdersExport(file, { customers: 40, seed: 8 });
    report((await importFiles(c, file))[0]);
    const before = await summary(c);
    const again = report((await importFiles(c, file))[0]);
    expect(again).toMatchObject({ ordersAdded: 0, ordersUpdated: 0, ordersUnchanged: stats.orders, customersAdded: 0 });
    expect(await summary(c)).toEqual(before);
    const history = await c.dispatch('imports.list', {});
    expect(history).toMatchObject({ ok: true, value: [{ importId: 2, ordersUnchanged: stats.orders }, { importId: 1, ordersAdded: stats.orders }] });
    if (history.ok) expect((history.value as { contentHash: string }[])[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a newer overlapping export adds new orders and updates one whose refund changed', async () => {
    const c = start();
    const full = join(c.dir, 'orders_full.csv');
    await writeShopifyOrdersExport(full, { customers: 40, seed: 9 });
    const rows = Papa.parse<string[]>(readFileSync(full, 'utf8'), { skipEmptyLines: true }).data;
    const [header, ...data] = rows;
    const col = (name: string) => header.indexOf(name);
    const names = [...new Set(data.map((r) => r[col('Name')]))];
    const newest = new Set(names.slice(0, 5));
    const older = join(c.dir, 'orders_old.csv');
    writeFileSync(older, Papa.unparse([header, ...data.filter((r) => !newest.has(r[col('Name')]))]) + '\n');
    const target = data.find((r) => !newest.has(r[col('Name')]) && r[col('Financial Status')] === 'paid') as string[];
    report((await importFiles(c, older))[0]);
    const before = await summary(c);
    target[col('Financial Status')] = 'partially_refunded';
    target[col('Refunded Amount')] = '4.00';
    const newer = join(c.dir, 'orders_new.csv');
    writeFileSync(newer, Papa.unparse([header, ...data]) + '\n');
    const r = report((await importFiles(c, newer))[0]);
    expect(r).toMatchObject({ ordersAdded: 5, ordersUpdated: 1, ordersUnchanged: names.length - 6 });
    const after = await summary(c);
    expect(after.orders).toBe(names.length);
    expect(Math.round((after.refunds - before.refunds) * 100)).toBeGreaterThanOrEqual(400);
  });

  it('a file damaged halfway names the line and leaves the database exactly as before', async () => {
    const c = start();
    const good = join(c.dir, 'good.csv');
    await writeShopifyOrdersExport(good, { customers: 30, seed: 1 });
    report((await importFiles(c, good))[0]);
    const before = await summary(c);
    const damaged = join(c.dir, 'damaged.csv');
    const other = join(c.dir, 'other.csv');
    await writeShopifyOrdersExport(other, { customers: 30, seed: 2 });
    writeFileSync(damaged, truncateInsideQuotedField(readFileSync(other, 'utf8')));
    const [result] = await importFiles(c, damaged);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'bad_file', details: { file: 'damaged.csv', line: expect.any(Number), messageKey: 'imports:errors.csvUnterminatedQuote' } });
    expect(await summary(c)).toEqual(before);
    expect(await c.dispatch('imports.list', {})).toMatchObject({ ok: true, value: [{ importId: 1 }] });
  });

  it('refuses dates and ids a spreadsheet program mangled, naming line and column', async () => {
    const c = start();
    const file = join(c.dir, 'orders.csv');
    await writeShopifyOrdersExport(file, { customers: 10, seed: 4 });
    const text = readFileSync(file, 'utf8');
    const datesFile = join(c.dir, 'orders_excel.csv');
    writeFileSync(datesFile, excelResave(text));
    const idsFile = join(c.dir, 'orders_ids.csv');
    writeFileSync(idsFile, excelResave(text, { dates: false }));
    const [dates, ids] = await importFiles(c, datesFile, idsFile);
    expect(dates).toMatchObject({ ok: false, error: { details: { line: 2, column: 'Created at', messageKey: 'imports:errors.spreadsheetDate' } } });
    if (!dates.ok) expect(dates.error.message).toMatch(/^orders_excel\.csv line 2, column "Created at": "\d\d\/\d\d\/\d\d \d\d:\d\d" is not a date in Shopify's format \(the file looks re-saved by a spreadsheet program/);
    expect(ids).toMatchObject({ ok: false, error: { details: { column: 'Id', messageKey: 'imports:errors.spreadsheetId' } } });
    expect((await summary(c)).orders).toBe(0);
  });

  it('refuses a file that is not an export, saying what was expected', async () => {
    const c = start();
    const file = join(c.dir, 'notes.csv');
    writeFileSync(file, 'title,body\nhello,world\n');
    const [result] = await importFiles(c, file);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_file', details: { messageKey: 'imports:errors.notAnExport' } } });
    if (!result.ok) expect(result.error.message).toMatch(/not an order or customer export: expected a Shopify orders export/);
  });

  it('a cancelled import leaves nothing behind', async () => {
    const c = start({ inline: false });
    const file = join(c.dir, 'big.csv');
    // Large enough (~30 MB) that the import is still reading when the cancel arrives, on a busy machine too.
    await writeShopifyOrdersExport(file, { customers: 15_000, seed: 6 });
    let cancelled = false;
    const phases: string[] = [];
    const unsubscribe = c.events.subscribe((event) => {
      if (event.name !== 'job.progress') return;
      const progress = event.payload as { jobId: string; phase: string; bytesRead?: number };
      phases.push(progress.phase);
      if (!cancelled && progress.phase === 'reading') {
        cancelled = true;
        void c.dispatch('imports.cancel', { jobId: progress.jobId });
      }
    });
    const answer = await c.dispatch('imports.run', { paths: [file] });
    unsubscribe();
    expect(phases).toContain('reading');
    expect(answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await summary(c)).toMatchObject({ orders: 0, customers: 0, prospects: 0 });
    expect(await c.dispatch('imports.list', {})).toEqual({ ok: true, value: [] });
  });
});
