import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balancedScores, recencyScore, rfmSegment, vipCutoff } from '../../../src/main/engine/rfm.ts';
import { computeLifecycle } from '../../../src/main/engine/compute.ts';
import { AT_RISK, LAPSED, LOYAL, NEW } from '../../../src/main/engine/stage-rules.ts';
import { RFM_SEGMENTS, STAGES } from '../../../src/shared/domain/lifecycle.ts';
import { createShop, type ShopBuilder } from '../../support/shop-builder.ts';
import { rfmContradiction } from '../../support/rfm-agreement.ts';
import { addDays, computeAsOf, historyOf, type GeneratedCustomer } from './engine-helpers.ts';

const all = (n: number) => new Uint8Array(n).fill(1);

describe('RFM scores', () => {
  it('cuts ten distinct values into five groups of two', () => {
    const values = Float64Array.from([5, 1, 9, 3, 7, 2, 10, 4, 8, 6]);
    expect(Array.from(balancedScores(values, all(10), 5).scores)).toEqual([3, 1, 5, 2, 4, 1, 5, 2, 4, 3]);
  });

  it('keeps equal values together and still uses every score when there are five distinct values', () => {
    // 70 one-time buyers and a few who bought 2, 3, 4, 5 and 9 times: the old rank quintiles gave 1 -> F1, 2 -> F3, 3 -> F4 and left F2 empty.
    const purchases = Float64Array.from([...Array<number>(70).fill(1), ...Array<number>(15).fill(2), ...Array<number>(7).fill(3), 4, 4, 4, 4, 5, 5, 9]);
    const { scores, starts } = balancedScores(purchases, all(purchases.length), 5);
    const scoreOf = (v: number) => scores[purchases.indexOf(v)];
    expect([1, 2, 3, 4, 5, 9].map(scoreOf)).toEqual([1, 2, 3, 4, 5, 5]);
    expect(starts).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives each of fewer than five distinct values a score of its own, in order', () => {
    expect(Array.from(balancedScores(Float64Array.from([7, 3, 7, 3, 12]), all(5), 5).scores)).toEqual([2, 1, 2, 1, 3]);
    expect(Array.from(balancedScores(Float64Array.from([4, 4, 4]), all(3), 5).scores)).toEqual([1, 1, 1]);
  });

  it('never scores a larger value lower, and uses every score whenever there are five distinct values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 200 }), (raw) => {
        const values = Float64Array.from(raw);
        const { scores } = balancedScores(values, all(values.length), 5);
        for (let i = 0; i < values.length; i += 1) {
          for (let j = 0; j < values.length; j += 1) if (values[i] < values[j]) expect(scores[i]).toBeLessThanOrEqual(scores[j]);
          for (let j = 0; j < values.length; j += 1) if (values[i] === values[j]) expect(scores[i]).toBe(scores[j]);
        }
        const distinct = new Set(raw).size;
        expect(new Set(scores).size).toBe(Math.min(5, distinct));
      }),
    );
  });

  it('scores recency by the stage and the share of the active time that has passed', () => {
    expect(recencyScore(LAPSED, 9)).toBe(1);
    expect(recencyScore(AT_RISK, 1.2)).toBe(2);
    expect([0, 1 / 3, 0.34, 2 / 3, 0.7, 1].map((share) => recencyScore(NEW, share))).toEqual([5, 5, 4, 4, 3, 3]);
    expect(recencyScore(LOYAL, 0.1)).toBe(5);
  });

  it('names the segments of the R x F grid, with no stage-contradicting name for lapsed and at-risk customers', () => {
    expect(rfmSegment(5, 5)).toBe('champions');
    expect(rfmSegment(1, 5)).toBe('cant_lose');
    expect(rfmSegment(5, 1)).toBe('new_customers');
    expect(rfmSegment(4, 1)).toBe('promising');
    expect(rfmSegment(3, 3)).toBe('need_attention');
    expect(rfmSegment(3, 1)).toBe('about_to_sleep');
    expect(rfmSegment(2, 1)).toBe('about_to_sleep');
    expect(rfmSegment(2, 4)).toBe('at_risk');
    expect(rfmSegment(1, 4)).toBe('hibernating');
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

/** Shops like the real ones: mostly one-time buyers, short histories; and some with long histories and regulars. */
const customerArb: fc.Arbitrary<GeneratedCustomer> = fc
  .record({
    first: fc.integer({ min: 0, max: 700 }),
    gaps: fc.oneof({ weight: 3, arbitrary: fc.constant([] as number[]) }, { weight: 2, arbitrary: fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 8 }) }),
    spend: fc.integer({ min: 0, max: 50_000 }),
    exported: fc.boolean(),
  })
  .map(({ first, gaps, spend, exported }) => {
    const occasions = [first];
    for (const gap of gaps) occasions.push(occasions[occasions.length - 1] + gap);
    return { occasions, exported, earlierContact: 0, net: occasions.map((_, k) => spend + 100 * k) };
  });

describe('RFM and stages agree (property test over generated shops)', () => {
  it('never gives a customer a segment that contradicts their stage, whatever the shop and thresholds', () => {
    const days = fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(customerArb, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 2000 }), fc.record({ window: days, atRisk: days, lapse: days }), (customers, asOf, chosen) => {
        const overrides = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v !== undefined));
        const result = computeLifecycle(historyOf(customers, asOf), overrides);
        const { history, journeys, rfm } = result;
        for (let i = 0; i < history.customerIds.length; i += 1) {
          const purchases = history.start[i + 1] - history.start[i];
          if (purchases === 0 || rfm.segment[i] === 255) continue;
          expect(rfmContradiction(STAGES[journeys.current[i]], RFM_SEGMENTS[rfm.segment[i]], purchases)).toBeNull();
        }
        // More purchases never give a lower F, more spend never a lower M.
        for (let i = 0; i < history.customerIds.length; i += 1) {
          for (let j = 0; j < history.customerIds.length; j += 1) {
            if (!rfm.f[i] || !rfm.f[j]) continue;
            if (history.start[i + 1] - history.start[i] < history.start[j + 1] - history.start[j]) expect(rfm.f[i]).toBeLessThanOrEqual(rfm.f[j]);
            if (result.frequencyRecency.netCents[i] < result.frequencyRecency.netCents[j]) expect(rfm.m[i]).toBeLessThanOrEqual(rfm.m[j]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('RFM segments on a young shop', () => {
  let shop: ShopBuilder;
  beforeEach(() => {
    shop = createShop();
  });
  afterEach(() => shop.dispose());

  it('calls a big spender who bought three days ago a new customer, not hibernating', () => {
    // Five days of orders, 90-day window (typical-shop default): withheld as too young, but R still follows the stage.
    shop.batch(() => {
      for (let k = 0; k < 30; k += 1) shop.order(shop.customer(), addDays('2024-03-01', k % 5), { total: 20 + k });
    });
    const big = shop.customer({ email: 'big@example.com' });
    shop.order(big, '2024-03-03', { total: 900 });
    const result = computeAsOf(shop, '2024-03-05', {});
    const i = result.history.customerIds.indexOf(big);
    expect(STAGES[result.journeys.current[i]]).toBe('new');
    expect(result.rfm.r[i]).toBe(5);
    expect(result.rfm.method).toMatchObject({ withheld: 'young', historyDays: 4, windowDays: 90 });
    expect(result.rfm.segment[i]).toBe(255);
  });

  it('says nobody has bought twice instead of naming segments, and names them once someone has', () => {
    shop.batch(() => {
      for (let k = 0; k < 10; k += 1) shop.order(shop.customer(), addDays('2024-01-01', 20 * k));
    });
    expect(computeAsOf(shop, '2024-08-01', {}).rfm.method.withheld).toBe('noRepeat');
    const back = shop.customer();
    shop.order(back, '2024-06-01');
    shop.order(back, '2024-07-20');
    const result = computeAsOf(shop, '2024-08-01', {});
    expect(result.rfm.method).toMatchObject({ withheld: null, frequencyFrom: [1, 2, null, null, null] });
    expect(RFM_SEGMENTS[result.rfm.segment[result.history.customerIds.indexOf(back)]]).toBe('potential_loyalist');
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
