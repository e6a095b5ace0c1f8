import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestCore, call } from '../support/core.ts';
import { cliJson, tempDirs } from '../support/cli-json.ts';
import type { ImportFileResult } from '../../src/shared/domain/imports.ts';
import type { CustomerPage } from '../../src/shared/domain/lifecycle.ts';
import type { ShopSummary } from '../../src/shared/domain/shop-summary.ts';

const tempDir = tempDirs('regulars-stores-');



const SHOPIFY = [
  'Name,Email,Financial Status,Paid at,Created at,Lineitem quantity,Lineitem name,Lineitem price,Total,Refunded Amount,Phone,Id',
  '#1001,ann@example.com,paid,,2025-03-01 10:00:00 -0500,1,Mug,50.00,50.00,0.00,+1 555 010 1001,5200000000001',
  '#1002,bob@example.com,partially_refunded,,2025-03-02 11:00:00 -0500,2,Cup,15.00,30.00,10.00,,5200000000002',
  '#1003,,paid,,2025-03-03 12:00:00 -0500,1,Plate,20.00,20.00,0.00,+1 555 010 2002,5200000000003',
].join('\n');

const WOO_PLUGIN = [
  'Order Number;Order Status;Order Date;Phone (Billing);First Name (Shipping);City (Shipping);Order Shipping Amount;Order Total Amount;Item #;Item Name;Item Cost',
  '501;completed;2025/04/01 09:30;555-010-1001;Ann;Boston;5.00;40.00;1;Mug;35.00',
  '502;processing;2025/04/02 10:00;(555) 010-3003;Cara;Austin;0.00;25.00;1;Bowl;12.50',
  '502;processing;2025/04/02 10:00;(555) 010-3003;Cara;Austin;0.00;25.00;2;Spoon;12.50',
  '503;pending;2025/04/03 11:15;555 010 2002;;Denver;0.00;60.00;1;Teapot;60.00',
].join('\r\n');

const ETSY_ITEMS = [
  'Sale Date,Item Name,Buyer,Quantity,Price,Coupon Code,Coupon Details,Discount Amount,Shipping Discount,Order Shipping,Order Sales Tax,Item Total,Currency,Transaction ID,Listing ID,Date Paid,Date Shipped,Ship Name,Order ID,Variations,SKU',
  '05/01/25,Print A,Ann Lee (annlee),2,10.00,,,0.00,0.00,4.00,1.00,20.00,USD,1,11,05/01/25,,Ann Lee,9001,,P-A',
  '05/01/25,Print B,Ann Lee (annlee),1,8.00,,,0.00,0.00,4.00,1.00,8.00,USD,2,12,05/01/25,,Ann Lee,9001,,P-B',
  '05/02/25,Print A,Dan Park (dpark),1,10.00,SPRING,SPRING - 10%,1.00,0.00,3.00,0.00,10.00,USD,3,11,05/02/25,,Dan Park,9002,,P-A',
].join('\n');

async function importAll(db: string, files: string[]): Promise<ImportFileResult[]> {
  const { status, json } = await cliJson<{ results: ImportFileResult[] }>(['import', ...files, '--db', db]);
  expect(status).toBe(0);
  return json.results;
}

describe('several stores in one shop', () => {
  it('keeps every store, matches a customer across stores by e-mail or phone in either import order, and never counts an order twice', async () => {
    const dir = tempDir();
    const shopify = join(dir, 'orders_export.csv');
    const woo = join(dir, 'woo-orders.csv');
    const etsy = join(dir, 'EtsySoldOrderItems2025.csv');
    writeFileSync(shopify, SHOPIFY);
    writeFileSync(woo, WOO_PLUGIN);
    writeFileSync(etsy, ETSY_ITEMS);

    const forward = join(dir, 'forward.db');
    const results = await importAll(forward, [shopify, woo, etsy]);
    expect(results.map((r) => r.ok && r.report.kind)).toEqual(['shopify_orders', 'woocommerce_orders', 'etsy_order_items']);
    expect(results[1]).toMatchObject({ ok: true, report: { ordersAdded: 3, customersAdded: 1, warnings: [expect.objectContaining({ code: 'matchedAcrossStores', count: 2 })] } });

    // Ann (Shopify e-mail + phone, WooCommerce phone), the Shopify guest (phone) who ordered on WooCommerce too, Bob, Cara, and two Etsy buyers.
    const expected: Partial<ShopSummary> = { orders: 8, purchases: 7, customers: 6, unidentifiedOrders: 0, grossSales: 50 + 30 + 20 + 40 + 25 + 60 + 33 + 12, refunds: 10, netSales: 50 + 20 + 20 + 40 + 25 + 33 + 12 };
    expect((await cliJson<ShopSummary>(['summary', '--db', forward])).json).toMatchObject({
      ...expected,
      sources: [
        { source: 'shopify', orders: 3, purchases: 3, netSales: 90, customers: 3 },
        // A store's customers bought there: one of the three WooCommerce people has only an order that is no purchase.
        { source: 'woocommerce', orders: 3, purchases: 2, netSales: 65, customers: 2 },
        { source: 'etsy', orders: 2, purchases: 2, netSales: 45, customers: 2 },
      ],
      // Ann bought in two stores; the Shopify guest's WooCommerce order is pending, no purchase.
      customersInSeveralSources: 1,
    });
    expect((await cliJson<ShopSummary>(['summary', '--db', forward, '--source', 'etsy'])).json).toMatchObject({ orders: 2, purchases: 2, customers: 2, netSales: 45, prospects: 0 });
    const onWoo = (await cliJson<CustomerPage>(['customers', '--db', forward, '--source', 'woocommerce'])).json;
    expect(onWoo.total).toBe(3);
    expect(onWoo.rows.map((c) => c.email ?? c.phone).sort()).toEqual(['(555) 010-3003', '+1 555 010 2002', 'ann@example.com']);

    const again = await importAll(forward, [shopify, woo, etsy]);
    expect(again.map((r) => r.ok && [r.report.ordersAdded, r.report.ordersUpdated, r.report.customersAdded])).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    expect((await cliJson<ShopSummary>(['summary', '--db', forward])).json).toMatchObject(expected);

    const backward = join(dir, 'backward.db');
    await importAll(backward, [etsy, woo, shopify]);
    expect((await cliJson<ShopSummary>(['summary', '--db', backward])).json).toMatchObject({ ...expected, customersInSeveralSources: 1 });
    const ann = (await cliJson<CustomerPage>(['customers', '--db', backward, '--search', 'ann@example.com'])).json;
    expect(ann.rows).toMatchObject([{ email: 'ann@example.com', purchases: 2, netValue: 90 }]);
  });

  it('a column mapping confirmed in the app is used by the CLI for a file with the same header', async () => {
    const dir = tempDir();
    const db = join(dir, 'regulars.db');
    const header = 'Receipt;Sold on;Client e-mail;Grand total;Till';
    const first = join(dir, 'till-march.csv');
    writeFileSync(first, `${header}\nR-1;2024-03-01;ann@example.com;"1.250,00";1\nR-2;2024-03-02;bob@example.com;12,00;2\n`);
    const core = startTestCore({ inline: true, dbPath: db });
    const mapping = { orderId: 'Receipt', date: 'Sold on', amount: 'Grand total', email: 'Client e-mail' };
    const [result] = (await call(core, 'imports.run', { paths: [first], files: [{ path: first, mapping }] })).results;
    expect(result).toMatchObject({ ok: true, report: { kind: 'mapped_orders', ordersAdded: 2 } });
    await core.close();

    const second = join(dir, 'till-april.csv');
    writeFileSync(second, `${header}\nR-3;2024-04-01;ann@example.com;"2.000,50";1\nR-4;2024-04-03;cy@example.com;7,50;1\n`);
    const imported = await cliJson<{ results: ImportFileResult[] }>(['import', second, '--db', db]);
    expect(imported.status).toBe(0);
    expect(imported.json.results).toMatchObject([{ ok: true, report: { kind: 'mapped_orders', ordersAdded: 2, customersAdded: 1 } }]);
    expect((await cliJson<ShopSummary>(['summary', '--db', db])).json).toMatchObject({ orders: 4, customers: 3, grossSales: 1250 + 12 + 2000.5 + 7.5 });

    const other = join(dir, 'other-till.csv');
    writeFileSync(other, 'Receipt;Sold on;Client e-mail;Grand total\nR-9;2024-05-01;dee@example.com;5,00\n');
    expect((await cliJson<{ results: ImportFileResult[] }>(['import', other, '--db', db])).json.results).toMatchObject([{ ok: false, error: { details: { messageKey: 'imports:errors.needsMapping' } } }]);
  });
});
