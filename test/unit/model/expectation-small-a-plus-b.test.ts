import { describe, expect, it } from 'vitest';
import { expectedPurchases, expectedPurchasesNewCustomer } from '../../../src/main/model/bgnbd-predict.ts';

/**
 * A small shop's fit can land on a + b < 1 (seen: a = 0.31, b = 0.42). Then the x = 0 expectation's
 * Gauss function has a negative third parameter; it must still give finite, continuous answers.
 */
describe('BG/NBD expectations when a + b < 1', () => {
  const base = { r: 5.0, alpha: 162.1, a: 0.3055, b: 0.4194 };

  it('gives finite, positive expected purchases for customers with no repeat purchase', () => {
    for (const t of [1, 4.3, 13, 52]) {
      const value = expectedPurchases(base, t, 0, 0, 20);
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThan(0);
      expect(Number.isFinite(expectedPurchasesNewCustomer(base, t))).toBe(true);
    }
  });

  it('grows with the horizon', () => {
    const values = [1, 4, 13, 26, 52].map((t) => expectedPurchases(base, t, 0, 0, 20));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
  });

  it('is continuous across a + b = 1, where the formula has a removable singularity', () => {
    const around = (b: number) => expectedPurchasesNewCustomer({ ...base, b }, 26);
    const below = around(1 - base.a - 0.001);
    const at = around(1 - base.a);
    const above = around(1 - base.a + 0.001);
    expect(Number.isFinite(at)).toBe(true);
    expect(Math.abs(below - above) / above).toBeLessThan(0.01);
    expect(Math.abs(at - above) / above).toBeLessThan(0.01);
  });

  it('agrees with the usual path for the same customer when a + b is just above 1', () => {
    const justBelow = expectedPurchasesNewCustomer({ ...base, b: 1 - base.a - 0.02 }, 13);
    const justAbove = expectedPurchasesNewCustomer({ ...base, b: 1 - base.a + 0.02 }, 13);
    expect(Math.abs(justBelow - justAbove) / justAbove).toBeLessThan(0.05);
  });
});
