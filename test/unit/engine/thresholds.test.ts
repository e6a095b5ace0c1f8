import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createShop, type ShopBuilder } from '../../support/shop-builder.ts';
import { addDays, computeAsOf } from './engine-helpers.ts';
import { deriveThresholds, TYPICAL_SHOP_DEFAULTS, type ThresholdInputs } from '../../../src/main/engine/thresholds.ts';
import { returnCurve, returnedBy, returnPercentile } from '../../../src/main/engine/return-times.ts';
import { nearestRank } from '../../../src/main/engine/percentiles.ts';

const D0 = '2023-01-01';

/**
 * A shop worked out by hand: 20 repeat customers whose 2nd purchase came 10, 20, ..., 200 days
 * after the 1st; the first four bought a 3rd time 30 days later; plus 5 one-time buyers of days 1-5,
 * who have waited 359-363 days by 2023-12-31 without coming back (no return is censored earlier).
 *  - window: 75% of the 20 returns (15th) = 150 days; 90% (18th) = 180 days;
 *  - gaps: the twenty above plus four of 30; sorted, the 12th and 13th of 24 are 80 and 90: median 85;
 *  - lapse = max(2 x 85 = 170, 180, ceil(151 / 0.8) = 189) = 189, so that at-risk = round(0.8 x 189)
 *    = 151 comes after the window (150);
 *  - purchases of repeat customers: sixteen 2s, four 3s; 90th percentile (18th of 20) = 3: loyal 3;
 *  - reactivated: the window, at most 90 days: 90.
 */
function buildHandWorkedShop(shop: ShopBuilder, repeaters = 20): void {
  shop.batch(() => {
    for (let k = 1; k <= repeaters; k += 1) {
      const c = shop.customer({ email: `r${k}@example.com` });
      shop.order(c, D0);
      shop.order(c, addDays(D0, 10 * k));
      if (k <= 4) shop.order(c, addDays(D0, 10 * k + 30));
    }
    for (let k = 1; k <= 5; k += 1) shop.order(shop.customer({ email: `once${k}@example.com` }), addDays(D0, k));
  });
}

describe('time to a second purchase (Kaplan–Meier)', () => {
  it('counts a customer who has not come back only for the days they have had', () => {
    // Returns on days 10, 20, 30; two customers still waiting after 15 and 25 days. Worked by hand:
    // day 10: 1 of 5 -> 80% still once; day 20: 1 of 3 -> 53.3%; day 30: 1 of 1 -> 0%.
    const curve = returnCurve([10, 20, 30], [15, 25]);
    expect(Array.from(curve.days)).toEqual([10, 20, 30]);
    expect(curve.returned[0]).toBeCloseTo(0.2, 12);
    expect(curve.returned[1]).toBeCloseTo(1 - 0.8 * (2 / 3), 12);
    expect(curve.returned[2]).toBeCloseTo(1, 12);
    // Half came back by day 30, not by day 20 as the returners alone (10, 20, 30) would say.
    expect(returnPercentile(curve, 0.5, 365)).toBe(30);
    expect(nearestRank([10, 20, 30], 0.5)).toBe(20);
  });

  it('takes the percentile among the returns within the horizon, and equals the nearest rank without censoring', () => {
    const returns = [3, 8, 8, 40, 41, 90, 200, 400, 500];
    const curve = returnCurve(returns, [600, 700]);
    expect(returnedBy(curve, 365)).toBeCloseTo(7 / 11, 12);
    expect(returnPercentile(curve, 0.75, 365)).toBe(nearestRank(returns.slice(0, 7), 0.75));
    expect(returnPercentile(returnCurve([], [5, 9]), 0.75, 365)).toBeNull();
  });
});

describe('data-driven thresholds', () => {
  let shop: ShopBuilder;
  beforeEach(() => {
    shop = createShop();
  });
  afterEach(() => shop.dispose());

  it('derives window, at-risk, lapse, loyal and the reactivation time from the shop as worked out by hand', () => {
    buildHandWorkedShop(shop);
    const { thresholds, rules } = computeAsOf(shop, '2024-01-01', {});
    expect(thresholds.window).toEqual({ value: 150, source: 'data', derived: 150, adjusted: false });
    expect(thresholds.lapse).toEqual({ value: 189, source: 'data', derived: 189, adjusted: false });
    expect(thresholds.atRisk).toEqual({ value: 151, source: 'data', derived: 151, adjusted: false });
    expect(thresholds.loyal).toEqual({ value: 3, source: 'data', derived: 3, adjusted: false });
    expect(thresholds.derivation).toMatchObject({
      repeatCustomers: 20,
      fallback: false,
      medianReturnDays: 100,
      windowPercentileDays: 150,
      lateReturnDays: 180,
      medianGapDays: 85,
      loyalPercentilePurchases: 3,
      lapseCapped: false,
      lapseBasis: 'window',
      reactivationDays: 90,
    });
    expect(thresholds.derivation.returnedWithinHorizon).toBeCloseTo(20 / 25, 12);
    expect(rules.reactivation).toBe(90);
  });

  it("does not shorten a young shop's window with the quick returns of its newest customers", () => {
    // 20 customers of 2023-01-01 came back after 10, 20, ..., 200 days; of 24 who first bought on
    // 2023-11-01, 4 came back after 5 days and 20 have waited 60 days by 2023-12-31.
    // Returners only: the 18th of 24 returns (5, 5, 5, 5, 10, ..., 200) is 140 days.
    // Kaplan–Meier: 34/44 still once after day 60, then 14 customers at risk: 75% is reached on day 160
    // (34/44 x 4/14 <= 25% < 34/44 x 5/14), 90% on day 190; lapse = max(170, 190, ceil(161 / 0.8)) = 202.
    shop.batch(() => {
      for (let k = 1; k <= 20; k += 1) {
        const c = shop.customer();
        shop.order(c, D0);
        shop.order(c, addDays(D0, 10 * k));
      }
      for (let k = 0; k < 24; k += 1) {
        const c = shop.customer();
        shop.order(c, '2023-11-01');
        if (k < 4) shop.order(c, '2023-11-06');
      }
    });
    const { thresholds } = computeAsOf(shop, '2023-12-31', {});
    expect(nearestRank([5, 5, 5, 5, ...Array.from({ length: 20 }, (_, k) => 10 * (k + 1))], 0.75)).toBe(140);
    expect(thresholds.derivation).toMatchObject({ windowPercentileDays: 160, lateReturnDays: 190, medianGapDays: 85, lapseBasis: 'window' });
    expect([thresholds.window.value, thresholds.atRisk.value, thresholds.lapse.value]).toEqual([160, 162, 202]);
  });

  it('takes the lapse threshold from late second purchases when they come after twice the usual gap', () => {
    // Second purchases after 1..16 days and after 300, 310, 320, 330 days: window = 15th of 20 = 15,
    // 90% = 18th = 310; median gap 10.5. Lapse 310, at-risk 248.
    shop.batch(() => {
      for (let k = 1; k <= 20; k += 1) {
        const c = shop.customer();
        shop.order(c, D0);
        shop.order(c, addDays(D0, k <= 16 ? k : 300 + 10 * (k - 17)));
      }
    });
    const { thresholds } = computeAsOf(shop, '2024-06-30', {});
    expect(thresholds.derivation).toMatchObject({ windowPercentileDays: 15, lateReturnDays: 310, lapseBasis: 'returns' });
    expect([thresholds.window.value, thresholds.atRisk.value, thresholds.lapse.value]).toEqual([15, 248, 310]);
    expect(thresholds.derivation.reactivationDays).toBe(15);
  });

  it('caps twice the median gap at 365 days', () => {
    // Second purchase after 1..20 days, then two more 400 days apart: 60 gaps, median 400 -> 800 -> 365.
    shop.batch(() => {
      for (let k = 1; k <= 20; k += 1) {
        const c = shop.customer();
        shop.order(c, D0);
        shop.order(c, addDays(D0, k));
        shop.order(c, addDays(D0, k + 400));
        shop.order(c, addDays(D0, k + 800));
      }
    });
    const { thresholds } = computeAsOf(shop, '2025-06-30', {});
    expect(thresholds.derivation).toMatchObject({ windowPercentileDays: 15, medianGapDays: 400, lapseCapped: true, lapseBasis: 'gaps' });
    expect([thresholds.window.value, thresholds.atRisk.value, thresholds.lapse.value]).toEqual([15, 292, 365]);
  });

  it('falls back to the stated typical-shop defaults with fewer than 20 repeat customers, and says so', () => {
    buildHandWorkedShop(shop, 19);
    const { thresholds } = computeAsOf(shop, '2024-01-01', {});
    expect(thresholds.derivation).toMatchObject({ fallback: true, repeatCustomers: 19, lapseBasis: 'default' });
    expect(thresholds.window).toEqual({ value: TYPICAL_SHOP_DEFAULTS.window, source: 'default', derived: TYPICAL_SHOP_DEFAULTS.window, adjusted: false });
    expect(thresholds.lapse.value).toBe(TYPICAL_SHOP_DEFAULTS.lapse);
    expect(thresholds.atRisk.value).toBe(TYPICAL_SHOP_DEFAULTS.atRisk);
    expect(thresholds.loyal.value).toBe(TYPICAL_SHOP_DEFAULTS.loyal);
  });

  it('lets the user override each threshold while keeping the derived value to reset to', () => {
    buildHandWorkedShop(shop);
    const { thresholds } = computeAsOf(shop, '2024-01-01', { window: 45, loyal: 5 });
    expect(thresholds.window).toEqual({ value: 45, source: 'user', derived: 150, adjusted: false });
    expect(thresholds.loyal).toEqual({ value: 5, source: 'user', derived: 3, adjusted: false });
    expect(thresholds.lapse).toEqual({ value: 189, source: 'data', derived: 189, adjusted: false });
    expect(thresholds.derivation.reactivationDays).toBe(45);
  });

  it('keeps window < at-risk < lapse whatever the overrides, and marks the values it had to move', () => {
    buildHandWorkedShop(shop);
    // A window of 200 days: the derived lapse follows its rule against it (ceil(201 / 0.8) = 252), and
    // the at-risk threshold the user asked for (400) is lowered to one day before the lapse.
    const { thresholds } = computeAsOf(shop, '2024-01-01', { window: 200, atRisk: 400 });
    expect(thresholds.lapse).toEqual({ value: 252, source: 'data', derived: 189, adjusted: true });
    expect(thresholds.atRisk).toEqual({ value: 251, source: 'user', derived: 151, adjusted: true });
    const tight = computeAsOf(shop, '2024-01-01', { window: 100, atRisk: 50, lapse: 100 }).thresholds;
    expect([tight.window.value, tight.atRisk.value, tight.lapse.value]).toEqual([100, 101, 102]);
    expect([tight.window.adjusted, tight.atRisk.adjusted, tight.lapse.adjusted]).toEqual([false, true, true]);
  });

  it('keeps window < at-risk < lapse and a bounded reactivation for any history and any overrides', () => {
    const sorted = (max: number, maxLength: number) => fc.array(fc.integer({ min: 1, max }), { maxLength }).map((a) => Float64Array.from(a).sort());
    const inputs = fc.record({ firstToSecond: sorted(900, 60), waiting: sorted(900, 60), gaps: sorted(900, 120), repeatPurchases: sorted(40, 60) });
    const days = fc.option(fc.integer({ min: 1, max: 3650 }), { nil: undefined });
    const overrides = fc.record({ window: days, atRisk: days, lapse: days, loyal: fc.option(fc.integer({ min: 2, max: 50 }), { nil: undefined }) });
    fc.assert(
      fc.property(inputs, overrides, (raw, chosen) => {
        const given = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v !== undefined));
        const t = deriveThresholds({ upTo: 20_000, ...raw } as ThresholdInputs, given);
        expect(t.window.value).toBeGreaterThanOrEqual(1);
        expect(t.atRisk.value).toBeGreaterThan(t.window.value);
        expect(t.lapse.value).toBeGreaterThan(t.atRisk.value);
        expect(t.derivation.reactivationDays).toBeLessThanOrEqual(Math.min(t.window.value, 90));
        for (const v of [t.window, t.atRisk, t.lapse, t.loyal]) expect(Number.isInteger(v.value)).toBe(true);
        if (Object.keys(given).length === 0) for (const v of [t.window, t.atRisk, t.lapse, t.loyal]) expect(v.adjusted).toBe(false);
      }),
    );
  });

  it('derives the thresholds from the orders up to the end of the last complete month before the as-of day', () => {
    buildHandWorkedShop(shop);
    // As of 2023-04-15 the data ends on 2023-03-31 (day 89): the customers with 2nd purchases up to day 80 are repeaters, 8 < 20.
    const { thresholds } = computeAsOf(shop, '2023-04-15', {});
    expect(thresholds.derivation).toMatchObject({ repeatCustomers: 8, fallback: true, dataUpTo: '2023-03-31' });
    // A month end uses its own day.
    expect(computeAsOf(shop, '2023-04-30', {}).thresholds.derivation).toMatchObject({ repeatCustomers: 11, dataUpTo: '2023-04-30' });
  });
});
