import { expectedPurchases } from './bgnbd-predict.ts';
import type { BgnbdParams } from './bgnbd-likelihood.ts';

const DAYS_PER_MONTH = 30.4;

/**
 * Expected purchases in each of the next `months` months, month m covering ((m-1)·f, m·f] with f = 30.4 days,
 * for a customer with history (x, t_x, T) in model time units.
 */
export function monthlyExpectedPurchases(params: BgnbdParams, x: number, tx: number, T: number, months: number, timeUnitDays: number): number[] {
  const f = DAYS_PER_MONTH / timeUnitDays;
  const result: number[] = [];
  let previous = 0;
  for (let m = 1; m <= months; m += 1) {
    const cumulative = expectedPurchases(params, m * f, x, tx, T);
    result.push(Math.max(cumulative - previous, 0));
    previous = cumulative;
  }
  return result;
}

/** CLV = Σ_m E(Z)·(E[Y(m f)] - E[Y((m-1) f)])/(1+d)^m (models.md, "CLV over a horizon"). */
export function discountedClv(orderValue: number, monthly: readonly number[], monthlyDiscountRate: number): number {
  let clv = 0;
  let factor = 1;
  for (const purchases of monthly) {
    factor /= 1 + monthlyDiscountRate;
    clv += orderValue * purchases * factor;
  }
  return clv;
}
