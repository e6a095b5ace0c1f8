import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShop, type ShopBuilder } from '../../support/shop-builder.ts';
import { addDays, computeAsOf } from './engine-helpers.ts';
import { RETAIL_DEFAULTS } from '../../../src/main/engine/thresholds.ts';

const D0 = '2023-01-01';

/**
 * A shop worked out by hand: 20 repeat customers whose 2nd purchase came 10, 20, ..., 200 days
 * after the 1st; the first four bought a 3rd time 30 days later; plus 5 one-time buyers.
 *  - window: 75th percentile (nearest rank: 15th of 20) of 10..200 = 150 days;
 *  - gaps: the twenty above plus four of 30; sorted, the 12th and 13th of 24 are 80 and 90: median 85,
 *    lapse = 2 x 85 = 170, at-risk = 0.8 x 170 = 136;
 *  - purchases of repeat customers: sixteen 2s, four 3s; 90th percentile (18th of 20) = 3: loyal 3.
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

describe('data-driven thresholds', () => {
  let shop: ShopBuilder;
  beforeEach(() => {
    shop = createShop();
  });
  afterEach(() => shop.dispose());

  it('derives window, at-risk, lapse and loyal from the shop as worked out by hand', () => {
    buildHandWorkedShop(shop);
    const { thresholds } = computeAsOf(shop, '2024-01-01', {});
    expect(thresholds.window).toEqual({ value: 150, source: 'data', derived: 150 });
    expect(thresholds.lapse).toEqual({ value: 170, source: 'data', derived: 170 });
    expect(thresholds.atRisk).toEqual({ value: 136, source: 'data', derived: 136 });
    expect(thresholds.loyal).toEqual({ value: 3, source: 'data', derived: 3 });
    expect(thresholds.derivation).toMatchObject({ repeatCustomers: 20, fallback: false, windowPercentileDays: 150, medianGapDays: 85, loyalPercentilePurchases: 3, lapseCapped: false });
  });

  it('caps lapse at 365 days but never below the window', () => {
    shop.batch(() => {
      for (let k = 1; k <= 20; k += 1) {
        const c = shop.customer();
        shop.order(c, D0);
        shop.order(c, addDays(D0, 300 + k));
      }
    });
    const { thresholds } = computeAsOf(shop, '2025-01-01', {});
    // Gaps 301..320: window = 15th = 315; median 310.5 -> 2 x 310.5 = 621 capped at 365.
    expect(thresholds.window.value).toBe(315);
    expect(thresholds.lapse.value).toBe(365);
    expect(thresholds.atRisk.value).toBe(292);
    expect(thresholds.derivation.lapseCapped).toBe(true);
  });

  it('falls back to the stated retail defaults with fewer than 20 repeat customers, and says so', () => {
    buildHandWorkedShop(shop, 19);
    const { thresholds } = computeAsOf(shop, '2024-01-01', {});
    expect(thresholds.derivation.fallback).toBe(true);
    expect(thresholds.derivation.repeatCustomers).toBe(19);
    expect(thresholds.window).toEqual({ value: RETAIL_DEFAULTS.window, source: 'default', derived: RETAIL_DEFAULTS.window });
    expect(thresholds.lapse.value).toBe(RETAIL_DEFAULTS.lapse);
    expect(thresholds.atRisk.value).toBe(RETAIL_DEFAULTS.atRisk);
    expect(thresholds.loyal.value).toBe(RETAIL_DEFAULTS.loyal);
  });

  it('lets the user override each threshold while keeping the derived value to reset to', () => {
    buildHandWorkedShop(shop);
    const { thresholds } = computeAsOf(shop, '2024-01-01', { window: 45, loyal: 5 });
    expect(thresholds.window).toEqual({ value: 45, source: 'user', derived: 150 });
    expect(thresholds.loyal).toEqual({ value: 5, source: 'user', derived: 3 });
    expect(thresholds.lapse.source).toBe('data');
  });

  it('keeps lapse at or above the window and at-risk at or below lapse whatever the overrides', () => {
    buildHandWorkedShop(shop);
    const { thresholds } = computeAsOf(shop, '2024-01-01', { window: 200, atRisk: 400 });
    expect(thresholds.lapse.value).toBe(200);
    expect(thresholds.atRisk.value).toBe(200);
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
