import { describe, expect, it } from 'vitest';
import { NEXT_ORDER_HORIZON_DAYS, fitShopModel, scoreCustomers } from '../../../src/main/model/shop-model.ts';
import { defaultModelSettings } from '../../../src/shared/domain/model.ts';
import type { CustomerFrequencyRecency } from '../../../src/main/model/customer-frequency-recency.ts';
import { discountedClv, monthlyExpectedPurchases } from '../../../src/main/model/clv.ts';
import { expectedPurchases } from '../../../src/main/model/bgnbd-predict.ts';
import { nextOrderSentence } from '../../../src/shared/domain/next-order-sentence.ts';
import { simulateCustomers } from '../../fixtures/bgnbd-simulator.ts';

function buyers(n: number, seed: number): CustomerFrequencyRecency[] {
  return simulateCustomers({ customers: n, bgnbd: { r: 0.5, alpha: 5, a: 0.8, b: 3 }, gammaGamma: { p: 6, q: 4, gamma: 30 }, minT: 4, maxT: 80, seed, resolution: 1 / 7 }).map((s, i) => ({
    customerId: i + 1,
    x: s.x,
    txDays: Math.round(s.tx * 7),
    TDays: Math.round(s.T * 7),
    repeatMean: s.repeatMean,
  }));
}

describe('odd data never throws', () => {
  it('no customers: no fit, verdict unavailable', () => {
    const fit = fitShopModel([], defaultModelSettings, null);
    expect(fit.bgnbd).toBeNull();
    expect(fit.verdict).toBe('unavailable');
    expect(fit.reasons.map((r) => r.code)).toEqual(['noCustomers']);
    expect(scoreCustomers(fit, [])).toEqual([]);
  });

  it('one customer', () => {
    const one = [{ customerId: 1, x: 2, txDays: 30, TDays: 60, repeatMean: 20 }];
    const fit = fitShopModel(one, defaultModelSettings, 25);
    expect(fit.bgnbd).not.toBeNull();
    expect(Object.values(fit.bgnbd!).filter((v) => typeof v === 'number').every(Number.isFinite)).toBe(true);
    expect(Object.values(fit.paretoNbd!).filter((v) => typeof v === 'number').every(Number.isFinite)).toBe(true);
    expect(fit.verdict).toBe('unreliable');
    expect(fit.reasons.map((r) => r.code)).toContain('fewRepeatBuyers');
    // Too small for predictions: historical figures only, and the reason.
    expect(fit.chosenModel).toBeNull();
    expect(fit.choice.reason).toEqual({ code: 'fewRepeatBuyers', params: { count: 1 } });
    expect(scoreCustomers(fit, one)).toEqual([]);
  });

  it('no repeat buyers', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ customerId: i + 1, x: 0, txDays: 0, TDays: 10 + i * 3, repeatMean: 0 }));
    const fit = fitShopModel(rows, defaultModelSettings, 40);
    expect(fit.gammaGamma).toBeNull();
    expect(fit.verdict).toBe('unreliable');
    expect(fit.reasons.map((r) => r.code)).toContain('noRepeatBuyers');
    expect(fit.choice).toMatchObject({ chosen: null, basis: 'none', reason: { code: 'noRepeatBuyers' } });
    expect(scoreCustomers(fit, rows)).toEqual([]);
  });

  it('many one-time buyers of long ago: none is shown as certainly active, and next orders beyond the horizon are withheld, never a date', () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({ customerId: i + 1, x: i < 60 ? 1 + (i % 4) : 0, txDays: i < 60 ? 20 + i : 0, TDays: 100 + (i % 500), repeatMean: i < 60 ? 30 : 0 }));
    const fit = fitShopModel(rows, defaultModelSettings, 40);
    expect(fit.chosenModel).not.toBeNull();
    const scores = scoreCustomers(fit, rows);
    expect(scores).toHaveLength(600);
    scores.forEach((s, k) => {
      if (rows[k].x === 0 && rows[k].TDays > 365) expect(s.pAlive).toBeLessThan(0.9);
      if (s.nextOrderInDays !== null) expect(s.nextOrderInDays).toBeLessThanOrEqual(NEXT_ORDER_HORIZON_DAYS);
      for (const v of [s.pAlive, s.expectedPurchases30, s.expectedPurchases90, s.expectedPurchases365, s.predictedClv12!]) expect(Number.isFinite(v)).toBe(true);
    });
    expect(scores.some((s) => s.nextOrderInDays === null)).toBe(true);
  });

  it.each(['bgnbd', 'paretoNbd'] as const)('with %s chosen, a one-time buyer is less likely to be a customer the longer ago the purchase', (chosenModel) => {
    const rows = [...buyers(2000, 5), { customerId: 9001, x: 0, txDays: 0, TDays: 30, repeatMean: 0 }, { customerId: 9002, x: 0, txDays: 0, TDays: 400, repeatMean: 0 }];
    const fit = { ...fitShopModel(rows, defaultModelSettings, 30), chosenModel };
    const [recent, old] = scoreCustomers(fit, rows).slice(-2);
    expect(old.pAlive).toBeLessThan(recent.pAlive);
    expect(old.pAlive).toBeLessThan(0.9);
  });

  it('all purchases on one day (the as-of day)', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ customerId: i + 1, x: 0, txDays: 0, TDays: 0, repeatMean: 0 }));
    const fit = fitShopModel(rows, defaultModelSettings, null);
    expect(fit.reasons.map((r) => r.code)).toContain('noTimeObserved');
    expect(fit.choice.reason).toEqual({ code: 'noTimeObserved' });
    expect(scoreCustomers(fit, rows)).toEqual([]);
  });

  it('garbage rows are ignored', () => {
    const rows = [...buyers(200, 3), { customerId: 999, x: Number.NaN, txDays: 0, TDays: 5, repeatMean: 0 }, { customerId: 998, x: 1, txDays: 50, TDays: 10, repeatMean: -3 }];
    const fit = fitShopModel(rows, defaultModelSettings, null);
    expect(fit.customers).toBe(200);
  });
});

describe('a healthy shop', () => {
  const rows = buyers(5000, 21);
  const fit = fitShopModel(rows, defaultModelSettings, 30, '2026-01-31');

  it('gets a reliable verdict, weeks as time unit, and spend that does not depend on frequency', () => {
    expect(fit.timeUnitDays).toBe(7);
    expect(fit.verdict).toBe('reliable');
    expect(fit.reasons).toEqual([]);
    // Without the shop's history there is no backtest: the higher likelihood on all data chooses.
    expect(fit.choice.basis).toBe('likelihood');
    expect(fit.chosenModel).toBe(fit.paretoNbd!.logLik > fit.bgnbd!.logLik ? 'paretoNbd' : 'bgnbd');
    expect(Math.abs(fit.spendFrequencyCorrelation!)).toBeLessThan(0.3);
  });

  it('scores every customer with consistent figures', () => {
    const scores = scoreCustomers(fit, rows);
    expect(scores).toHaveLength(rows.length);
    for (const s of scores) {
      expect(s.expectedPurchases30).toBeLessThanOrEqual(s.expectedPurchases90 + 1e-12);
      expect(s.expectedPurchases90).toBeLessThanOrEqual(s.expectedPurchases365 + 1e-12);
      expect(s.pAlive).toBeGreaterThanOrEqual(0);
      expect(s.pAlive).toBeLessThanOrEqual(1);
      expect(s.predictedClv12!).toBeGreaterThanOrEqual(0);
      if (s.nextOrderInDays !== null) expect(s.nextOrderInDays).toBeGreaterThanOrEqual(1);
    }
    expect(scores.filter((s) => s.nextOrderInDays !== null).length).toBeGreaterThan(rows.length / 2);
  });

  it('predicted CLV follows the discounted monthly formula', () => {
    const params = fit.bgnbd!;
    const monthly = monthlyExpectedPurchases(params, 3, 20, 40, 12, 7);
    expect(monthly.reduce((s, m) => s + m, 0)).toBeCloseTo(expectedPurchases(params, (12 * 30.4) / 7, 3, 20, 40), 10);
    const undiscounted = discountedClv(50, monthly, 0);
    expect(discountedClv(50, monthly, 0.01)).toBeLessThan(undiscounted);
    expect(undiscounted).toBeCloseTo(50 * expectedPurchases(params, (12 * 30.4) / 7, 3, 20, 40), 8);
    expect(discountedClv(10, [1, 1], 0.1)).toBeCloseTo(10 / 1.1 + 10 / 1.21, 12);
  });
});

describe('next-order sentence', () => {
  it('says when and how likely, or admits it cannot', () => {
    expect(nextOrderSentence({ pAlive: 0.72, nextOrderDay: '2026-03-14' }, '2026-02-01')).toEqual({ key: 'sentence.likelyAround', params: { date: '2026-03-14', percent: 0.72 } });
    expect(nextOrderSentence({ pAlive: 0.1, nextOrderDay: '2028-03-14' }, '2026-02-01').key).toBe('sentence.notWithinYear');
    expect(nextOrderSentence(null, '2026-02-01').key).toBe('sentence.noPrediction');
    expect(nextOrderSentence({ pAlive: 0.1, nextOrderDay: null }, '2026-02-01')).toEqual({ key: 'sentence.unlikely', params: { percent: 0.1 } });
    expect(nextOrderSentence({ pAlive: 0.6, nextOrderDay: '2026-04-01', nextOrderRange: ['2026-02-20', '2026-07-01'] }, '2026-02-01')).toEqual({
      key: 'sentence.likelyBetween',
      params: { from: '2026-02-20', to: '2026-07-01', percent: 0.6 },
    });
  });
});
