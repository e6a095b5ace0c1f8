import { expectedPurchases } from './bgnbd-predict.ts';
import type { BgnbdParams } from './bgnbd-likelihood.ts';

const DAYS_PER_MONTH = 30.4;

/**
 * Expected purchases in each of the next `months` months, month m covering ((m-1)·f, m·f] with f = 30.4 days,
 * for a customer with history (x, t_x, T) in model time units.
 */
export function monthlyExpectedPurchases(params: BgnbdParams, x: number, tx: number, T: number, months: number, timeUnitDays: number): number[] {
  return monthlyIncrements(monthEnds(months, timeUnitDays).map((t) => expectedPurchases(params, t, x, tx, T)));
}

/** The ends m·f (m = 1..months, f = 30.4 days) of the next months, in model time units. */
export function monthEnds(months: number, timeUnitDays: number): number[] {
  const f = DAYS_PER_MONTH / timeUnitDays;
  return Array.from({ length: months }, (_, k) => (k + 1) * f);
}

/** Purchases within each month from the cumulative expectations at the month ends (never negative). */
export function monthlyIncrements(cumulative: readonly number[]): number[] {
  let previous = 0;
  return cumulative.map((value) => {
    const inMonth = Math.max(value - previous, 0);
    previous = value;
    return inMonth;
  });
}

/** CLV = Σ_m E(Z)·(E[Y(m f)] - E[Y((m-1) f)])/(1+d)^m (docs/models.md, "CLV over a horizon"). */
export function discountedClv(orderValue: number, monthly: readonly number[], monthlyDiscountRate: number): number {
  let clv = 0;
  let factor = 1;
  for (const purchases of monthly) {
    factor /= 1 + monthlyDiscountRate;
    clv += orderValue * purchases * factor;
  }
  return clv;
}
