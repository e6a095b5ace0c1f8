import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { economicsReport } from '../../../src/main/economics/economics-report.ts';
import { replaceChannelLinks, saveProductCosts, saveSpend } from '../../../src/main/economics/spend-store.ts';
import { readCostsCsv } from '../../../src/main/economics/costs-csv.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeMarginSettings } from '../../../src/main/shop/margin-settings.ts';
import { defaultMarginSettings } from '../../../src/shared/domain/economics.ts';
import { createShop, type ShopBuilder } from '../../support/shop-builder.ts';
import { addMonths } from '../../../src/main/economics/calendar-months.ts';
import { expectedPurchases } from '../../../src/main/model/bgnbd-predict.ts';

/**
 * A hand-built shop with known spend. January 2025 brings four new customers:
 *   Ann  (code INSTA10 -> instagram): 40 on 01-05, 30 on 02-10, 50 on 05-20 (month 4), 20 on 2026-02-01 (month 12: outside 12 months)
 *   Bob  (source pos -> unattributed): 60 on 01-10
 *   Cy   (code INSTA10 -> instagram): 20 on 01-20, 20 on 01-25 (two purchases in January)
 *   Dee  (no code, web): 80 on 01-31, refunded in full (not a purchase), then 100 on 03-15 (her first purchase: a March customer)
 * Spend: January ads 100 + instagram 60 (all channels 160); March 50.
 */
describe('acquisition economics on a hand-built shop', () => {
  let shop: ShopBuilder;
  beforeAll(() => {
    shop = createShop();
    const ann = shop.customer({ email: 'ann@example.com' });
    const bob = shop.customer({ email: 'bob@example.com' });
    const cy = shop.customer({ email: 'cy@example.com' });
    const dee = shop.customer({ email: 'dee@example.com' });
    shop.order(ann, '2025-01-05', { total: 40, discountCode: 'INSTA10', channel: 'web' });
    shop.order(ann, '2025-02-10', { total: 30, channel: 'web' });
    shop.order(ann, '2025-05-20', { total: 50, channel: 'web' });
    shop.order(ann, '2026-02-01', { total: 20, channel: 'web' });
    shop.order(bob, '2025-01-10', { total: 60, channel: 'pos' });
    shop.order(cy, '2025-01-20', { total: 20, discountCode: 'insta10', channel: 'web' });
    shop.order(cy, '2025-01-25', { total: 20, channel: 'web' });
    shop.order(dee, '2025-01-31', { total: 80, refunded: 80, isPurchase: false, channel: 'web' });
    shop.order(dee, '2025-03-15', { total: 100, channel: 'web' });
    saveSpend(shop.db, [
      { month: '2025-01', channel: 'ads', spend: 100 },
      { month: '2025-01', channel: 'instagram', spend: 60 },
      { month: '2025-03', channel: 'ads', spend: 50 },
    ]);
    replaceChannelLinks(shop.db, [{ matchKind: 'discount_code', pattern: 'INSTA10', channel: 'instagram' }]);
  });
  afterAll(() => shop.dispose());

  const row = (month: string, channel: string, asOf = '2026-03-01') => economicsReport(shop.db, asOf).acquisition.find((r) => r.month === month && r.channel === channel)!;

  it('computes CAC as spend over the new customers of the month, per channel and for the whole shop', () => {
    expect(row('2025-01', 'all')).toMatchObject({ newCustomers: 3, spend: 160 });
    expect(row('2025-01', 'all').cac).toBeCloseTo(160 / 3, 10);
    expect(row('2025-01', 'instagram')).toMatchObject({ newCustomers: 2, spend: 60, cac: 30 });
    expect(row('2025-01', 'unattributed')).toMatchObject({ newCustomers: 1, spend: null, cac: null });
    expect(row('2025-03', 'all')).toMatchObject({ newCustomers: 1, spend: 50, cac: 50 });
  });

  it('computes LTV at 3, 6 and 12 months from net revenue per customer, and says when a horizon is complete', () => {
    // January cohort: Ann 40+30 (3m), +50 (6m, 12m); Bob 60; Cy 40. Ann's 2026-02-01 order is 12 whole months later: outside.
    const ltv = row('2025-01', 'all').ltv;
    expect(ltv.map((l) => l.horizonMonths)).toEqual([3, 6, 12]);
    expect(ltv[0].actual).toBeCloseTo((70 + 60 + 40) / 3, 10);
    expect(ltv[1].actual).toBeCloseTo((120 + 60 + 40) / 3, 10);
    expect(ltv[2].actual).toBeCloseTo((120 + 60 + 40) / 3, 10);
    expect(ltv.every((l) => l.complete)).toBe(true);
    const early = row('2025-01', 'all', '2025-06-15').ltv;
    expect(early.map((l) => l.complete)).toEqual([true, false, false]);
    expect(early[2].predictedRemainder).toBeNull();
  });

  it('computes LTV:CAC and the payback month on contribution margin (the stated default: half of revenue), revenue beside it', () => {
    const jan = row('2025-01', 'all');
    expect(jan.ltv[2].margin).toBeCloseTo((220 / 3) * 0.5, 10);
    expect(jan.ltvToCac).toBeCloseTo((220 / 3) * 0.5 / (160 / 3), 10);
    expect(jan.ltvBasis).toBe('observed');
    expect(jan.revenueLtvToCac).toBeCloseTo(220 / 3 / (160 / 3), 10);
    // Cumulative margin per customer: month 0 23.33, month 1 28.33, month 4 36.67: never 53.33 within the data.
    expect(jan.paybackMonths).toBeNull();
    // Instagram: CAC 30; margin per customer month 0 (20 + 20) / 2 = 20, month 1 +7.5, month 4 +12.5 = 40 >= 30.
    expect(row('2025-01', 'instagram').paybackMonths).toBe(5);
    // March: Dee's 100 is 50 of margin, her CAC 50.
    expect(row('2025-03', 'all').paybackMonths).toBe(1);
  });

  it("takes the owner's margin settings: goods margin, shipping cost and payment fees per order", () => {
    writeMarginSettings(shop.db, { goodsMargin: 0.8, shippingCostPerOrder: 2, paymentFeeRate: 0.03, paymentFeeFixed: 0.3 });
    const report = economicsReport(shop.db, '2026-03-01');
    // January cohort, first 12 months: six purchases worth 220: 220 × 0.8 - 6 × 2 - (220 × 0.03 + 6 × 0.3).
    const jan = report.acquisition.find((r) => r.month === '2025-01' && r.channel === 'all')!;
    expect(jan.ltv[2].margin).toBeCloseTo((220 * 0.8 - 12 - (6.6 + 1.8)) / 3, 10);
    expect(report.margin).toEqual({ goodsMargin: 0.8, shippingCostPerOrder: 2, paymentFeeRate: 0.03, paymentFeeFixed: 0.3 });
    writeMarginSettings(shop.db, defaultMarginSettings);
  });

  it('splits monthly revenue into first orders and returning customers, with the per-month repeat purchase rate', () => {
    const mix = economicsReport(shop.db, '2026-03-01').revenueMix;
    const jan = mix.find((m) => m.month === '2025-01')!;
    // January: first orders Ann 40, Bob 60, Cy 20; returning: Cy's second order 20. Dee's refunded order is no purchase.
    expect(jan).toMatchObject({ newRevenue: 120, returningRevenue: 20, newCustomers: 3, returningCustomers: 0 });
    expect(jan.returningShare).toBeCloseTo(20 / 140, 10);
    // Buyers in January: Ann (1 order), Bob (1), Cy (2): one of three bought twice or more.
    expect(jan.repeatPurchaseRate).toBeCloseTo(1 / 3, 10);
    const feb = mix.find((m) => m.month === '2025-02')!;
    expect(feb).toMatchObject({ newRevenue: 0, returningRevenue: 30, newCustomers: 0, returningCustomers: 1, returningShare: 1, repeatPurchaseRate: 0 });
  });

  it('pools the months with spend for the shop-wide totals', () => {
    const totals = economicsReport(shop.db, '2026-03-01').totals;
    expect(totals).toMatchObject({ spend: 210, newCustomers: 4 });
    expect(totals.cac).toBeCloseTo(52.5, 10);
    // Complete 12-month cohorts: only January (220 over 3 customers); Dee's March horizon ends 2026-03-15.
    expect(totals.ltv12).toBeCloseTo((220 / 3) * 0.5, 10);
    expect(totals.revenueLtv12).toBeCloseTo(220 / 3, 10);
    // Like for like: March has spend but no 12-month LTV yet (and no model), so only January is pooled, with its own spend.
    expect(totals.pooledMonths).toEqual(['2025-01']);
    expect(totals.pooledPredicted).toBe(false);
    expect(totals.ltvToCac).toBeCloseTo(110 / 160, 10);
    expect(totals.paybackMonths).toBeNull();
  });

  it('counts only orders up to the as-of date', () => {
    const report = economicsReport(shop.db, '2025-01-31');
    // January's cohort, and March's spend with no March customer yet; February has neither.
    expect(report.acquisition.filter((r) => r.channel === 'all').map((r) => [r.month, r.newCustomers])).toEqual([['2025-01', 3], ['2025-03', 0]]);
    expect(report.revenueMix.map((m) => m.month)).toEqual(['2025-01']);
  });

  it("adds the model's expected spend for the rest of an incomplete horizon, kept apart from the actual part", () => {
    const params = { r: 0.5, alpha: 5, a: 0.8, b: 2.5 };
    shop.db
      .prepare(
        `INSERT INTO model_fits (id, as_of, fitted_at, time_unit_days, customers, repeat_customers, r, alpha, a, b, penalty, monthly_discount_rate, verdict, reasons_json, summary_json)
         VALUES (1, '2025-06-15', '2025-06-15T00:00:00Z', 7, 4, 2, @r, @alpha, @a, @b, 0.01, 0.01, 'rough', '[]', @summary)`,
      )
      .run({ ...params, summary: JSON.stringify({ verdict: 'rough', chosenModel: 'bgnbd', bgnbd: params, paretoNbd: null }) });
    const ids = shop.db.prepare("SELECT id, email FROM customers ORDER BY id").all() as { id: number; email: string }[];
    const insert = shop.db.prepare('INSERT INTO model_predictions (customer_id, p_alive, expected_purchases_30, expected_purchases_90, expected_purchases_365, expected_order_value_cents) VALUES (?, 0.5, 0, 0, 0, 5000)');
    for (const { id } of ids) insert.run(id);
    // January cohort as of 2025-06-15: 12-month horizons end on each customer's first day + 12 months.
    const weeks = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 / 7;
    const expectedFor = (days: string[]) => {
      const first = days[0];
      const end = addMonths(first, 12);
      return expectedPurchases(params, weeks('2025-06-15', end), days.length - 1, weeks(first, days[days.length - 1]), weeks(first, '2025-06-15')) * 50;
    };
    const ann = expectedFor(['2025-01-05', '2025-02-10', '2025-05-20']);
    const bob = expectedFor(['2025-01-10']);
    const cy = expectedFor(['2025-01-20', '2025-01-25']);
    const ltv12 = row('2025-01', 'all', '2025-06-15').ltv[2];
    expect(ltv12.complete).toBe(false);
    expect(ltv12.actual).toBeCloseTo((120 + 60 + 40) / 3, 10);
    expect(ltv12.predictedRemainder).toBeCloseTo((ann + bob + cy) / 3, 6);
    expect(ltv12.predictedRemainder).toBeGreaterThan(0);
    // In margin at the shop's own ratio of margin to revenue (the default half).
    expect(ltv12.marginPredictedRemainder).toBeCloseTo(ltv12.predictedRemainder! * 0.5, 8);
    expect(row('2025-01', 'all', '2025-06-15').ltvBasis).toBe('predicted');
    // A report as of another day than the stored fit has no model part.
    expect(row('2025-01', 'all', '2025-06-14').ltv[2].predictedRemainder).toBeNull();
    shop.db.exec('DELETE FROM model_predictions; DELETE FROM model_fits;');
  });

  it('explains what is missing without spend: no CAC, LTV still shown', () => {
    saveSpend(shop.db, [
      { month: '2025-01', channel: 'ads', spend: 0 },
      { month: '2025-01', channel: 'instagram', spend: 0 },
      { month: '2025-03', channel: 'ads', spend: 0 },
    ]);
    const report = economicsReport(shop.db, '2026-03-01');
    expect(report.hasSpend).toBe(false);
    expect(report.totals.cac).toBeNull();
    expect(row('2025-01', 'all').ltv[0].actual).toBeGreaterThan(0);
  });
});

describe('contribution margin with product costs from a costs file', () => {
  it('costs lines of products in the file at their unit cost (by SKU, else title) and the rest of the goods at the default margin', () => {
    const shop = createShop();
    const temp = makeTempDir();
    try {
      const ann = shop.customer({ email: 'ann@example.com' });
      // 2 mugs at 10 (SKU MUG-1, cost 3) + 1 tea at 20 (no cost: default 50% margin), shipping 5 and taxes 2 charged.
      shop.order(ann, '2025-01-05', { total: 47, shipping: 5, taxes: 2, lines: [{ product: 'Mug', sku: 'MUG-1', price: 10, quantity: 2 }, { product: 'Tea', price: 20 }] });
      const file = join(temp.dir, 'costs.csv');
      writeFileSync(file, 'SKU,Unit cost\nmug-1,3.00\nCoffee beans,4\n');
      saveProductCosts(shop.db, readCostsCsv(file));
      const jan = economicsReport(shop.db, '2026-03-01').acquisition.find((r) => r.month === '2025-01' && r.channel === 'all')!;
      // Goods 47 - 5 - 2 = 40: mugs 20 cost 6, tea 20 at half margin costs 10: margin 24.
      expect(jan.ltv[2].margin).toBeCloseTo(24, 10);
      expect(jan.ltv[2].actual).toBeCloseTo(47, 10);
    } finally {
      shop.dispose();
      temp.cleanup();
    }
  });

  it('stops a bad costs file at its line and column', () => {
    const temp = makeTempDir();
    try {
      const file = join(temp.dir, 'costs.csv');
      writeFileSync(file, 'product title,unit cost\nMug,3\nTea,cheap\n');
      expect(() => readCostsCsv(file)).toThrow('costs.csv line 3, column "unit cost": "cheap" is not an amount of money');
      writeFileSync(file, 'name,price\nMug,3\n');
      expect(() => readCostsCsv(file)).toThrow(/is not a costs file/);
    } finally {
      temp.cleanup();
    }
  });
});
