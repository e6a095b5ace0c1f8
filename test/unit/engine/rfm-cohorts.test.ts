import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quintileScores, rfmSegment, scoreRfm, vipCutoff } from '../../../src/main/engine/rfm.ts';
import { createShop, type ShopBuilder } from '../../support/shop-builder.ts';
import { addDays, computeAsOf } from './engine-helpers.ts';

describe('RFM scores', () => {
  it('cuts ten distinct values into quintiles of two', () => {
    const values = Float64Array.from([5, 1, 9, 3, 7, 2, 10, 4, 8, 6]);
    expect(Array.from(quintileScores(values, new Uint8Array(10).fill(1)))).toEqual([3, 1, 5, 2, 4, 1, 5, 2, 4, 3]);
  });

  it('gives equal values the same score, the lowest of their group: every one-time buyer gets F = 1', () => {
    const purchases = Float64Array.from([1, 1, 1, 1, 1, 1, 2, 2, 3, 7]);
    expect(Array.from(quintileScores(purchases, new Uint8Array(10).fill(1)))).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
  });

  it('leaves customers without purchases unscored and scores recency most recent = 5', () => {
    const result = scoreRfm(Float64Array.from([0, 400, 10, 0]), Float64Array.from([5, 1, 2, 0]), Float64Array.from([500, 20, 80, 0]), Uint8Array.from([1, 1, 1, 0]));
    expect(Array.from(result.r)).toEqual([4, 1, 2, 0]);
    expect(result.segment[3]).toBe(255);
  });

  it('names the segments of the R x F grid as in the notes', () => {
    expect(rfmSegment(5, 5)).toBe('champions');
    expect(rfmSegment(1, 5)).toBe('cant_lose');
    expect(rfmSegment(5, 1)).toBe('new_customers');
    expect(rfmSegment(4, 1)).toBe('promising');
    expect(rfmSegment(3, 3)).toBe('need_attention');
    expect(rfmSegment(3, 1)).toBe('about_to_sleep');
    expect(rfmSegment(2, 4)).toBe('at_risk');
    expect(rfmSegment(1, 2)).toBe('hibernating');
    expect(rfmSegment(4, 3)).toBe('potential_loyalist');
    expect(rfmSegment(3, 4)).toBe('loyal_customers');
  });

  it('marks the top 5% by net spend as VIP, ties at the cut-off included', () => {
    const net = Float64Array.from({ length: 40 }, (_, i) => (i < 2 ? 1000 : 10));
    expect(vipCutoff(net, new Uint8Array(40).fill(1))).toBe(1000);
    expect(vipCutoff(new Float64Array(3), new Uint8Array(3).fill(1))).toBeNull();
  });
});

describe('cohorts by first-purchase month', () => {
  let shop: ShopBuilder;
  beforeEach(() => {
    shop = createShop();
  });
  afterEach(() => shop.dispose());

  it('gives retention per later month and cumulative net revenue per customer, counting only months already observed', () => {
    const a = shop.customer();
    const b = shop.customer();
    const c = shop.customer();
    shop.order(a, '2024-01-10', { total: 100 });
    shop.order(a, '2024-03-05', { total: 50 });
    shop.order(b, '2024-01-20', { total: 20 });
    shop.order(c, '2024-03-01', { total: 30 });
    const { monthCohorts } = computeAsOf(shop, '2024-03-31');
    expect(monthCohorts).toEqual([
      { key: '2024-01', customers: 2, retention: [1, 0, 0.5], cumulativeNetPerCustomer: [60, 60, 85] },
      { key: '2024-03', customers: 1, retention: [1], cumulativeNetPerCustomer: [30] },
    ]);
  });

  it('counts conversion new -> repeat -> loyal by first month and the median days spent in a stage', () => {
    const a = shop.customer();
    shop.order(a, '2024-01-01');
    shop.order(a, addDays('2024-01-01', 10));
    shop.order(a, addDays('2024-01-01', 20));
    shop.order(shop.customer(), '2024-01-15');
    const result = computeAsOf(shop, '2024-02-10');
    expect(result.conversions).toEqual([{ cohort: '2024-01', customers: 2, reachedRepeat: 1, reachedLoyal: 1 }]);
    // a: new 10 days, repeat 10 days; the other is still new.
    expect(result.medianDaysInStage[1]).toBe(10);
  });
});
