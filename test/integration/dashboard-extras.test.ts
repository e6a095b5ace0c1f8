import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createShop } from '../support/shop-builder.ts';
import { startTestCore, call } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { predictedRevenue90 } from '../../src/main/model/predicted-revenue.ts';
import type { RequestResult } from '../../src/shared/api/index.ts';

const D0 = '2024-01-01';
const day = (n: number) => new Date(Date.parse(`${D0}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('predicted revenue in the next 90 days (stored predictions)', () => {
  it('is Σ expected purchases in 90 days × expected order value, leaving out customers without a value', () => {
    const shop = createShop();
    try {
      expect(predictedRevenue90(shop.db)).toEqual({ asOf: null, verdict: 'unavailable', revenue: null, expectedPurchases: null, customers: 0, customersWithoutValue: 0 });
      shop.db
        .prepare(
          `INSERT INTO model_fits (id, as_of, fitted_at, time_unit_days, customers, repeat_customers, penalty, monthly_discount_rate, verdict, reasons_json, summary_json)
           VALUES (1, '2024-06-30', '2024-07-01T00:00:00Z', 7, 3, 2, 0.01, 0.01, 'unreliable', '[]', '{}')`,
        )
        .run();
      const insert = shop.db.prepare('INSERT INTO model_predictions (customer_id, p_alive, expected_purchases_30, expected_purchases_90, expected_purchases_365, expected_order_value_cents) VALUES (?, 0.5, 0, ?, 0, ?)');
      insert.run(1, 0.5, 4000); // 0.5 × 40.00 = 20.00
      insert.run(2, 1.2, 2500); // 1.2 × 25.00 = 30.00
      insert.run(3, 0.1, null); // no value: left out of the revenue
      expect(predictedRevenue90(shop.db)).toEqual({ asOf: '2024-06-30', verdict: 'unreliable', revenue: 50, expectedPurchases: 1.8, customers: 3, customersWithoutValue: 1 });
    } finally {
      shop.dispose();
    }
  });
});

/**
 * Two imports, thresholds pinned to window 30, at-risk 80, lapse 100, loyal 3.
 * Import 1 (latest order day 90):  ann days 0 ($40), 50 ($60) -> repeat; bo day 10 ($100) -> at risk (no 2nd order within 30 days);
 *                                  cy day 90 ($20) -> new.  3 customers, 1 repeat, $220, active 2 (ann, cy), lapsed 0.
 * Import 2 (latest order day 160): bo day 150 ($30) -> reactivated (lapsed on day 110); dan day 160 ($50) -> new;
 *                                  ann (110 days) -> lapsed; cy (70 days, one order) -> at risk.
 *                                  4 customers, 2 repeat, $300, active 2 (bo, dan), lapsed 1 (ann).
 */
describe('dashboard figures since the previous import, and the customer list by RFM cell (real core)', () => {
  const temp = makeTempDir();
  const dbPath = join(temp.dir, 'regulars.db');
  let core: ReturnType<typeof startTestCore>;
  let afterFirstImport: RequestResult<'lifecycle.kpisSinceImport'>;

  beforeAll(async () => {
    const first = createShop({ dir: temp.dir });
    const ann = first.customer({ email: 'ann@example.com' });
    const bo = first.customer({ email: 'bo@example.com' });
    const cy = first.customer({ email: 'cy@example.com' });
    first.order(ann, day(0), { total: 40 });
    first.order(ann, day(50), { total: 60 });
    first.order(bo, day(10), { total: 100 });
    first.order(cy, day(90), { total: 20 });
    core = startTestCore({ dbPath });
    await call(core, 'lifecycle.setThresholds', { window: 30, atRisk: 80, lapse: 100, loyal: 3 });
    afterFirstImport = await call(core, 'lifecycle.kpisSinceImport', {});
    // A second file arrives: its orders belong to a new import.
    first.newImport('second.csv');
    first.order(bo, day(150), { total: 30 });
    first.order(first.customer({ email: 'dan@example.com' }), day(160), { total: 50 });
    first.close();
    await call(core, 'lifecycle.recompute', {});
  });
  afterAll(async () => {
    await core.dispose();
    temp.cleanup();
  });

  it('has nothing to compare with after one import', () => {
    expect(afterFirstImport.previous).toBeNull();
    expect(afterFirstImport.current).toMatchObject({ customers: 3, netSales: 220, active: 2, lapsed: 0 });
  });

  it('gives the figures now and as they were after the previous import (up to its latest order day)', async () => {
    const since = await call(core, 'lifecycle.kpisSinceImport', {});
    expect(since.previousDay).toBe(day(90));
    expect(since.current).toMatchObject({ customers: 4, repeatRate: 0.5, netSales: 300, active: 2, lapsed: 1 });
    expect(since.previous).toMatchObject({ customers: 3, netSales: 220, active: 2, lapsed: 0 });
    expect(since.previous?.repeatRate).toBeCloseTo(1 / 3, 12);
    const then = await call(core, 'lifecycle.overview', { asOf: day(90) });
    const now = await call(core, 'lifecycle.overview', {});
    expect(since.previous?.averageClv).toBe(then.simpleClv.value);
    expect(since.current.averageClv).toBe(now.simpleClv.value);
  });

  it('filters the customer list to exactly one RFM cell', async () => {
    const all = await call(core, 'lifecycle.customers', { limit: 100 });
    const grid = await call(core, 'lifecycle.rfm', {});
    const filled = grid.cells.filter((cell) => cell.customers > 0);
    expect(filled.length).toBeGreaterThan(1);
    for (const cell of filled) {
      const page = await call(core, 'lifecycle.customers', { recency: cell.r, frequency: cell.f, limit: 100 });
      expect(page.total).toBe(cell.customers);
      const expected = all.rows.filter((row) => row.rfm?.r === cell.r && row.rfm.f === cell.f).map((row) => row.id);
      expect(page.rows.map((row) => row.id).sort()).toEqual(expected.sort());
    }
    const bad = await core.dispatch('lifecycle.customers', { recency: 6 });
    expect(bad.ok).toBe(false);
  });
});

describe('a customer’s campaigns (real core)', () => {
  const temp = makeTempDir();
  let core: ReturnType<typeof startTestCore>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const shop = createShop({ dir: temp.dir });
    ids.root = shop.customer({ email: 'root@example.com', acceptsEmail: true });
    ids.merged = shop.customer({ email: 'old@example.com', mergedInto: ids.root });
    ids.other = shop.customer({ email: 'other@example.com', acceptsEmail: true });
    shop.order(ids.root, day(0), { total: 40 });
    shop.order(ids.other, day(5), { total: 40 });
    // Recorded before the merge: the merged customer was in a campaign's holdout then.
    shop.db
      .prepare(
        `INSERT INTO campaigns (id, name, audience_kind, audience_key, format, channel, created_at, campaign_day, holdout_percent, audience_size, exported_count, holdout_count, left_out_count)
         VALUES ('c-old', 'Spring win-back', 'stage', 'lapsed', 'mailchimp', 'email', '2024-01-02T10:00:00Z', '2024-01-02', 10, 1, 0, 1, 0)`,
      )
      .run();
    shop.db.prepare("INSERT INTO campaign_members (campaign_id, customer_id, in_holdout) VALUES ('c-old', ?, 1)").run(ids.merged);
    shop.close();
    core = startTestCore({ dbPath: join(temp.dir, 'regulars.db') });
    await call(core, 'lifecycle.recompute', {});
    await call(core, 'campaigns.export', { audience: { kind: 'customers', customerIds: [ids.root] }, format: 'klaviyo', path: join(temp.dir, 'vip.csv'), name: 'VIP thanks', campaignDate: '2024-02-01', holdoutPercent: 0 });
  });
  afterAll(async () => {
    await core.dispose();
    temp.cleanup();
  });

  it('lists the campaigns newest first with format and holdout, following merges both ways', async () => {
    const expected = [
      { name: 'VIP thanks', campaignDate: '2024-02-01', format: 'klaviyo', channel: 'email', inHoldout: false },
      { id: 'c-old', name: 'Spring win-back', campaignDate: '2024-01-02', format: 'mailchimp', channel: 'email', inHoldout: true },
    ];
    const forRoot = await call(core, 'campaigns.forCustomer', { customerId: ids.root });
    expect(forRoot).toMatchObject(expected);
    expect(await call(core, 'campaigns.forCustomer', { customerId: ids.merged })).toEqual(forRoot);
    expect(await call(core, 'campaigns.forCustomer', { customerId: ids.other })).toEqual([]);
    expect(await call(core, 'campaigns.forCustomer', { customerId: 999 })).toEqual([]);
  });
});

describe('shop.summary on a hand-built shop', () => {
  it('counts buyers through merges, prospects from their first evidence, sales from gross to net and the first and last order', async () => {
    const temp = makeTempDir();
    const shop = createShop({ dir: temp.dir });
    const root = shop.customer({ email: 'root@example.com' });
    shop.customer({ email: 'old@example.com', mergedInto: root });
    const merged = shop.db.prepare("SELECT id FROM customers WHERE email = 'old@example.com'").pluck().get() as number;
    const buyer = shop.customer({ email: 'b@example.com' });
    shop.customer({ email: 'sub@example.com', fromCustomersExport: true });
    shop.order(merged, '2024-01-05', { total: 30, time: '08:00:00' });
    shop.order(buyer, '2024-01-05', { total: 20, refunded: 5, time: '07:00:00' });
    shop.order(buyer, '2024-03-01', { total: 50, time: '23:00:00' });
    shop.order(null, '2024-03-01', { total: 10, isPurchase: false, time: '09:00:00' });
    shop.close();
    const core = startTestCore({ dbPath: join(temp.dir, 'regulars.db') });
    try {
      const all = await call(core, 'shop.summary', {});
      // Buyers: root (through the merged customer's order) and b; prospects: the subscriber.
      expect(all).toMatchObject({ orders: 4, purchases: 3, customers: 2, prospects: 1, unidentifiedOrders: 1, grossSales: 110, refunds: 5, currency: 'EUR' });
      // Gross − cancelled − refunds = net; Shopify's net sales: the purchases' subtotals less their refunds.
      expect(all).toMatchObject({ cancelledSales: 10, netSales: 95, shopifyNetSales: 95 });
      expect(all.firstOrderAt).toBe('2024-01-05T07:00:00Z');
      expect(all.lastOrderAt).toBe('2024-03-01T23:00:00Z');
      const january = await call(core, 'shop.summary', { asOf: '2024-01-31' });
      // The subscriber's export gives no earlier evidence than the latest order day: not counted in January.
      expect(january).toMatchObject({ orders: 2, customers: 2, prospects: 0, lastOrderAt: '2024-01-05T08:00:00Z' });
    } finally {
      await core.dispose();
      temp.cleanup();
    }
  });
});
