import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliJson, tempDirs } from '../support/cli-json.ts';
import {
  writeEtsyOrderItemsExport, writeSquareItemSalesExport, writeWooAnalyticsExport, writeWooPluginExport, type StoreExportStats,
} from '../fixtures/store-exports-generator.ts';
import type { ImportFileResult } from '../../src/shared/domain/imports.ts';
import type { ShopSummary } from '../../src/shared/domain/shop-summary.ts';

const tempDir = tempDirs('regulars-presets-');



async function importAndSummarise(db: string, file: string): Promise<{ report: Extract<ImportFileResult, { ok: true }>['report']; summary: ShopSummary }> {
  const imported = await cliJson<{ results: ImportFileResult[] }>(['import', file, '--db', db]);
  expect(imported.err).toBe('');
  expect(imported.status).toBe(0);
  const [result] = imported.json.results;
  if (!result.ok) throw new Error(result.error.message);
  const summary = await cliJson<ShopSummary>(['summary', '--db', db]);
  return { report: result.report, summary: summary.json };
}

/** The figures the generator worked out from the simulated shop, in the summary's terms. */
function expected(stats: StoreExportStats) {
  return {
    orders: stats.orders, purchases: stats.purchases, customers: stats.buyers, unidentifiedOrders: stats.unidentifiedOrders,
    grossSales: stats.grossSalesCents / 100, refunds: stats.refundsCents / 100, netSales: stats.netSalesCents / 100,
  };
}

describe('other stores imported as they really export, through the CLI with no mapping', () => {
  it('WooCommerce Analytics, old header: "$38.52 " money, customers known by name with a warning, customer type compared', async () => {
    const dir = tempDir();
    const file = join(dir, 'wc-orders-report-export-2024.csv');
    const stats = await writeWooAnalyticsExport(file, { customers: 120, seed: 2101, layout: '2024', start: '2024-01-01', end: '2024-12-31' });
    const { report, summary } = await importAndSummarise(join(dir, 'r.db'), file);
    expect(report).toMatchObject({ kind: 'woocommerce_analytics', rows: stats.rows, ordersAdded: stats.orders, customersAdded: stats.customers });
    expect(summary).toMatchObject(expected(stats));
    expect(report.warnings.find((w) => w.code === 'matchedByName')).toMatchObject({ count: stats.matchedByName });
    expect(report.customerTypes).toEqual(stats.customerTypes);
    expect(stats.customerTypes!.exportReturningFoundNew + stats.customerTypes!.exportNewFoundReturning).toBeGreaterThan(0);
  });

  it('WooCommerce Analytics, new header, "1.234,56 €" amounts, day-first dates re-saved by a spreadsheet, Windows-1252 with CRLF', async () => {
    const dir = tempDir();
    const file = join(dir, 'wc-orders-resaved.csv');
    const stats = await writeWooAnalyticsExport(file, {
      customers: 90, seed: 2102, layout: '2025', resaved: true, currency: 'EUR', timeZone: 'Europe/Berlin', start: '2025-01-01', end: '2025-10-31',
      shape: { encoding: 'windows1252', lineEnding: '\r\n' },
    });
    const { report, summary } = await importAndSummarise(join(dir, 'r.db'), file);
    expect(report).toMatchObject({ kind: 'woocommerce_analytics', ordersAdded: stats.orders });
    expect(report.warnings.map((w) => w.code)).toContain('readAsWindows1252');
    expect(summary).toMatchObject(expected(stats));
    expect(report.customerTypes).toEqual(stats.customerTypes);
  });

  it('WooCommerce Analytics, new header, "₹670.00" amounts in UTF-8', async () => {
    const dir = tempDir();
    const file = join(dir, 'wc-orders-inr.csv');
    const stats = await writeWooAnalyticsExport(file, { customers: 60, seed: 2106, layout: '2025', currency: 'INR', timeZone: 'Asia/Kolkata', start: '2025-06-01', end: '2025-10-31' });
    const { report, summary } = await importAndSummarise(join(dir, 'r.db'), file);
    expect(report).toMatchObject({ kind: 'woocommerce_analytics', ordersAdded: stats.orders });
    expect(summary).toMatchObject({ ...expected(stats), firstOrderAt: expect.stringMatching(/\+05:30$|Z$/) });
  });

  it('a WooCommerce order-export plugin: ";", one row per item, YYYY/MM/DD dates, customers known by phone only, UTF-8 with BOM', async () => {
    const dir = tempDir();
    const file = join(dir, 'orders-export-plugin.csv');
    const stats = await writeWooPluginExport(file, { customers: 150, seed: 2103, start: '2025-01-01', end: '2025-12-31', shape: { bom: true } });
    const { report, summary } = await importAndSummarise(join(dir, 'r.db'), file);
    expect(report).toMatchObject({ kind: 'woocommerce_orders', rows: stats.rows, ordersAdded: stats.orders, customersAdded: stats.customers });
    expect(summary).toMatchObject(expected(stats));
    expect(stats.purchases).toBeLessThan(stats.orders);
  });

  it('Etsy sold order items: one row per item, buyers as "Full Name (username)", order shipping and tax taken once; also tab-delimited', async () => {
    const dir = tempDir();
    const file = join(dir, 'EtsySoldOrderItems2025.csv');
    const stats = await writeEtsyOrderItemsExport(file, { customers: 100, seed: 2104, start: '2025-01-01', end: '2025-12-31' });
    const { report, summary } = await importAndSummarise(join(dir, 'r.db'), file);
    expect(report).toMatchObject({ kind: 'etsy_order_items', rows: stats.rows, ordersAdded: stats.orders, customersAdded: stats.customers });
    expect(summary).toMatchObject(expected(stats));
    expect(stats.rows).toBeGreaterThan(stats.orders);

    const tsv = join(dir, 'EtsySoldOrderItems2025.tsv');
    await writeEtsyOrderItemsExport(tsv, { customers: 100, seed: 2104, start: '2025-01-01', end: '2025-12-31', shape: { delimiter: '\t', lineEnding: '\r\n' } });
    const again = await cliJson<{ results: ImportFileResult[] }>(['import', tsv, '--db', join(dir, 'r.db')]);
    expect(again.json.results).toMatchObject([{ ok: true, report: { ordersAdded: 0, ordersUnchanged: stats.orders } }]);
  });

  it('Square item sales: date + time + named zone, Refund rows reduce their sale, half the sales without a customer', async () => {
    const dir = tempDir();
    const file = join(dir, 'items-2025-01-01-2025-12-31.csv');
    const stats = await writeSquareItemSalesExport(file, { customers: 150, seed: 2105, timeZone: 'America/Los_Angeles', start: '2025-01-01', end: '2025-12-31' });
    const db = join(dir, 'r.db');
    const { report, summary } = await importAndSummarise(db, file);
    expect(report).toMatchObject({ kind: 'square_item_sales', rows: stats.rows, ordersAdded: stats.orders, customersAdded: stats.customers });
    expect(summary).toMatchObject(expected(stats));
    expect(stats.refundsCents).toBeGreaterThan(0);
    expect(stats.unidentifiedOrders).toBeGreaterThan(stats.orders / 3);
    // Times keep the zone's offset on their day: -08:00 in winter, -07:00 in summer.
    expect(summary.firstOrderAt).toMatch(/^2025-01-0\dT\d\d:\d\d:\d\d-08:00$/);
    expect(summary.lastOrderAt).toMatch(/^2025-12-\d\dT\d\d:\d\d:\d\d-08:00$/);
  });
});
