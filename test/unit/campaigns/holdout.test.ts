import { describe, expect, it } from 'vitest';
import { audienceSeed, inHoldout, splitHoldout } from '../../../src/main/campaigns/holdout.ts';

const customers = Array.from({ length: 10_000 }, (_, i) => i + 1);
const lapsed = audienceSeed('stage', 'lapsed');

describe('holdout drawn from the audience and the customer', () => {
  it('the same audience always gives the same split, in any order', () => {
    const first = splitHoldout(customers, (id) => id, lapsed, 10);
    const again = splitHoldout([...customers].reverse(), (id) => id, audienceSeed('stage', 'lapsed'), 10);
    expect(new Set(again.holdout)).toEqual(new Set(first.holdout));
    expect(first.exported.length + first.holdout.length).toBe(10_000);
  });

  it('keeps about 10% of 10,000 customers out (within 3 standard deviations)', () => {
    const { holdout } = splitHoldout(customers, (id) => id, lapsed, 10);
    // Binomial(10000, 0.1): sd = 30, so 3 sd = 90.
    expect(Math.abs(holdout.length - 1000)).toBeLessThanOrEqual(90);
  });

  it('another audience draws another group, and the percentage is honoured', () => {
    const a = new Set(splitHoldout(customers, (id) => id, lapsed, 10).holdout);
    const b = splitHoldout(customers, (id) => id, audienceSeed('segment', 'Tea lovers'), 10).holdout;
    const shared = b.filter((id) => a.has(id)).length;
    // Independent draws share about 1% of the customers (100), far from the 1000 of the same draw.
    expect(shared).toBeGreaterThan(40);
    expect(shared).toBeLessThan(170);
    expect(Math.abs(splitHoldout(customers, (id) => id, lapsed, 25).holdout.length - 2500)).toBeLessThanOrEqual(130);
  });

  it('a larger share holds out the same people and more', () => {
    const ten = splitHoldout(customers, (id) => id, lapsed, 10).holdout;
    const twenty = new Set(splitHoldout(customers, (id) => id, lapsed, 20).holdout);
    expect(ten.every((id) => twenty.has(id))).toBe(true);
  });

  it('people to keep are held out whatever the draw or the share', () => {
    const keep = new Set([1, 2, 3]);
    const { holdout, exported } = splitHoldout(customers, (id) => id, lapsed, 0, keep);
    expect(holdout).toEqual([1, 2, 3]);
    expect(exported).toHaveLength(9_997);
  });

  it('a holdout of 0% keeps nobody out', () => {
    expect(customers.some((id) => inHoldout(lapsed, id, 0))).toBe(false);
  });
});
