import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShop, type ShopBuilder } from '../../support/shop-builder.ts';
import { addDays, journeyOf, stageOf } from './engine-helpers.ts';

// Thresholds pinned to window 30, at-risk 80, lapse 100 days, loyal 3 purchases (engine-helpers.ts).
const D0 = '2024-01-01';

describe('stage rules, each boundary the day before, of and after', () => {
  let shop: ShopBuilder;
  beforeEach(() => {
    shop = createShop();
  });
  afterEach(() => shop.dispose());

  it('a one-time buyer is new through the window, at risk after it, lapsed after the lapse threshold', () => {
    const ann = shop.customer({ email: 'ann@example.com' });
    shop.order(ann, D0, { total: 40 });
    expect(stageOf(shop, ann, addDays(D0, -1))).toBeNull();
    expect(stageOf(shop, ann, D0)).toBe('new');
    expect(stageOf(shop, ann, addDays(D0, 29))).toBe('new');
    expect(stageOf(shop, ann, addDays(D0, 30))).toBe('new');
    expect(stageOf(shop, ann, addDays(D0, 31))).toBe('at_risk');
    expect(stageOf(shop, ann, addDays(D0, 99))).toBe('at_risk');
    expect(stageOf(shop, ann, addDays(D0, 100))).toBe('at_risk');
    expect(stageOf(shop, ann, addDays(D0, 101))).toBe('lapsed');
    expect(journeyOf(shop, ann, addDays(D0, 200))).toEqual([
      ['new', D0, 'purchase'],
      ['at_risk', addDays(D0, 31), 'window_passed'],
      ['lapsed', addDays(D0, 101), 'lapse_passed'],
    ]);
  });

  it('a repeat customer is repeat up to the at-risk threshold, at risk after it, lapsed after the lapse threshold', () => {
    const bo = shop.customer({ email: 'bo@example.com' });
    shop.order(bo, D0);
    const second = addDays(D0, 10);
    shop.order(bo, second);
    expect(stageOf(shop, bo, addDays(D0, 9))).toBe('new');
    expect(stageOf(shop, bo, second)).toBe('repeat');
    expect(stageOf(shop, bo, addDays(second, 79))).toBe('repeat');
    expect(stageOf(shop, bo, addDays(second, 80))).toBe('repeat');
    expect(stageOf(shop, bo, addDays(second, 81))).toBe('at_risk');
    expect(stageOf(shop, bo, addDays(second, 100))).toBe('at_risk');
    expect(stageOf(shop, bo, addDays(second, 101))).toBe('lapsed');
    expect(journeyOf(shop, bo, addDays(second, 101))).toEqual([
      ['new', D0, 'purchase'],
      ['repeat', second, 'purchase'],
      ['at_risk', addDays(second, 81), 'at_risk_passed'],
      ['lapsed', addDays(second, 101), 'lapse_passed'],
    ]);
  });

  it('becomes loyal on the loyal threshold of purchases, and same-day orders are one purchase', () => {
    const cy = shop.customer({ email: 'cy@example.com' });
    shop.order(cy, D0);
    shop.order(cy, D0, { time: '18:00:00' });
    shop.order(cy, addDays(D0, 5));
    expect(stageOf(shop, cy, addDays(D0, 5))).toBe('repeat');
    shop.order(cy, addDays(D0, 9));
    expect(stageOf(shop, cy, addDays(D0, 8))).toBe('repeat');
    expect(stageOf(shop, cy, addDays(D0, 9))).toBe('loyal');
  });

  it('a lapsed customer who buys again is reactivated for one window, then follows the normal rules', () => {
    const di = shop.customer({ email: 'di@example.com' });
    shop.order(di, D0);
    const back = addDays(D0, 150);
    shop.order(di, back);
    shop.order(di, addDays(back, 20));
    expect(stageOf(shop, di, addDays(back, -1))).toBe('lapsed');
    expect(stageOf(shop, di, back)).toBe('reactivated');
    expect(stageOf(shop, di, addDays(back, 20))).toBe('reactivated');
    expect(stageOf(shop, di, addDays(back, 30))).toBe('reactivated');
    expect(stageOf(shop, di, addDays(back, 31))).toBe('loyal');
    expect(journeyOf(shop, di, addDays(back, 31)).slice(-2)).toEqual([
      ['reactivated', back, 'purchase'],
      ['loyal', addDays(back, 31), 'reactivation_ended'],
    ]);
  });

  it('a reactivation lasts the second-purchase window but never more than 90 days', () => {
    const long = { window: 120, atRisk: 130, lapse: 150, loyal: 3 };
    const jo = shop.customer({ email: 'jo@example.com' });
    shop.order(jo, D0);
    const back = addDays(D0, 200);
    shop.order(jo, back);
    expect(stageOf(shop, jo, addDays(back, 90), long)).toBe('reactivated');
    expect(stageOf(shop, jo, addDays(back, 91), long)).toBe('repeat');
  });

  it('with thresholds derived from a shop, a one-time buyer and a repeat buyer each pass through at risk before lapsing', () => {
    // 20 customers came back after 10, 20, ..., 200 days and again 5 days later: twice the median gap
    // is short (15 days), far below the window (150), yet the lapse threshold comes after the at-risk one.
    shop.batch(() => {
      for (let k = 1; k <= 20; k += 1) {
        const c = shop.customer();
        shop.order(c, D0);
        shop.order(c, addDays(D0, 10 * k));
        shop.order(c, addDays(D0, 10 * k + 5));
      }
    });
    const once = shop.customer({ email: 'once@example.com' });
    shop.order(once, '2024-01-01');
    const twice = shop.customer({ email: 'twice@example.com' });
    shop.order(twice, '2023-12-01');
    shop.order(twice, '2024-01-01');
    const derived = {};
    const journey = (id: number) => journeyOf(shop, id, '2025-01-31', derived).map(([stage]) => stage);
    expect(journey(once)).toEqual(['new', 'at_risk', 'lapsed']);
    expect(journey(twice)).toEqual(['new', 'repeat', 'at_risk', 'lapsed']);
  });

  it('a purchase by an at-risk (not lapsed) customer is not a reactivation', () => {
    const ed = shop.customer({ email: 'ed@example.com' });
    shop.order(ed, D0);
    shop.order(ed, addDays(D0, 100));
    expect(stageOf(shop, ed, addDays(D0, 100))).toBe('repeat');
  });

  it('a fully refunded order does not count; a partial refund only lowers the value', () => {
    const fay = shop.customer({ email: 'fay@example.com' });
    shop.order(fay, D0, { total: 50 });
    shop.order(fay, addDays(D0, 3), { total: 30, refunded: 30 });
    expect(stageOf(shop, fay, addDays(D0, 3))).toBe('new');
    shop.order(fay, addDays(D0, 4), { total: 30, refunded: 10 });
    expect(stageOf(shop, fay, addDays(D0, 4))).toBe('repeat');
  });

  it('contacts without purchases are prospects from their first evidence: a first order, or the customers export (no later than the latest order day)', () => {
    const first = shop.customer({ email: 'first@example.com' });
    shop.order(first, D0);
    const subscriber = shop.customer({ email: 'sub@example.com', fromCustomersExport: true, exportSeenDay: addDays(D0, 3) });
    const late = shop.customer({ email: 'late@example.com', fromCustomersExport: true, exportSeenDay: addDays(D0, 400) });
    const cancelled = shop.customer({ email: 'gone@example.com' });
    shop.order(cancelled, addDays(D0, 5), { isPurchase: false });
    shop.order(first, addDays(D0, 9));
    expect(stageOf(shop, subscriber, addDays(D0, 2))).toBeNull();
    expect(stageOf(shop, subscriber, addDays(D0, 3))).toBe('prospect');
    expect(stageOf(shop, late, addDays(D0, 8))).toBeNull();
    expect(stageOf(shop, late, addDays(D0, 9))).toBe('prospect');
    expect(stageOf(shop, cancelled, addDays(D0, 4))).toBeNull();
    expect(stageOf(shop, cancelled, addDays(D0, 5))).toBe('prospect');
    shop.order(subscriber, addDays(D0, 7));
    expect(journeyOf(shop, subscriber, addDays(D0, 7))).toEqual([
      ['prospect', addDays(D0, 3), 'first_seen'],
      ['new', addDays(D0, 7), 'purchase'],
    ]);
  });

  it('orders of a merged customer count for the customer they were merged into', () => {
    const main = shop.customer({ email: 'gus@example.com' });
    const alias = shop.customer({ email: 'gus@work.example.com', mergedInto: main });
    shop.order(main, D0);
    shop.order(alias, addDays(D0, 2));
    expect(stageOf(shop, main, addDays(D0, 2))).toBe('repeat');
    expect(stageOf(shop, alias, addDays(D0, 2))).toBeNull();
  });

  it('stretches at-risk and lapse for a customer with 3+ purchases whose own median gap is longer', () => {
    const hal = shop.customer({ email: 'hal@example.com' });
    shop.order(hal, D0);
    shop.order(hal, addDays(D0, 90));
    const third = addDays(D0, 180);
    shop.order(hal, third);
    // Own median gap 90 days: lapse 2 x 90 = 180 (x1.8), at-risk 80 x 1.8 = 144.
    expect(stageOf(shop, hal, addDays(third, 144))).toBe('loyal');
    expect(stageOf(shop, hal, addDays(third, 145))).toBe('at_risk');
    expect(stageOf(shop, hal, addDays(third, 180))).toBe('at_risk');
    expect(stageOf(shop, hal, addDays(third, 181))).toBe('lapsed');
  });

  it('counts only orders up to the as-of day', () => {
    const ivy = shop.customer({ email: 'ivy@example.com' });
    shop.order(ivy, D0);
    shop.order(ivy, addDays(D0, 40));
    expect(stageOf(shop, ivy, addDays(D0, 39))).toBe('at_risk');
    expect(stageOf(shop, ivy, addDays(D0, 40))).toBe('repeat');
  });
});
