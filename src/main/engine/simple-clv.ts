import type { ShopHistory } from './shop-history.ts';
import type { SimpleClv } from '../../shared/domain/lifecycle.ts';

const YEAR = 365;
const MAX_EXPECTED_YEARS = 10;

/**
 * The historical CLV formula shop owners know: average order value x purchases per year x
 * expected years as a customer. Purchases per year: orders per customer among last year's buyers;
 * expected years: 1 / (1 - yearly retention), the share of the year before's buyers who bought
 * again in the last year (capped at 10 years; 1 year when there is no earlier year to compare).
 * In a shop younger than a year, "purchases per year" are the purchases per customer so far, and
 * the dashboard says so (historyDays).
 */
export function simpleClv(history: ShopHistory): SimpleClv {
  const { start, day, net, orders, asOf } = history;
  let netTotal = 0;
  let orderTotal = 0;
  let lastYearBuyers = 0;
  let lastYearOccasions = 0;
  let priorYearBuyers = 0;
  let retained = 0;
  for (let i = 0; i < history.customerIds.length; i += 1) {
    let inLast = 0;
    let inPrior = false;
    for (let k = start[i]; k < start[i + 1]; k += 1) {
      netTotal += net[k];
      const age = asOf - day[k];
      if (age < YEAR) inLast += 1;
      else if (age < 2 * YEAR) inPrior = true;
    }
    orderTotal += orders[i];
    if (inLast > 0) {
      lastYearBuyers += 1;
      lastYearOccasions += inLast;
    }
    if (inPrior) {
      priorYearBuyers += 1;
      if (inLast > 0) retained += 1;
    }
  }
  const averageOrderValue = orderTotal ? netTotal / 100 / orderTotal : 0;
  const purchasesPerYear = lastYearBuyers ? lastYearOccasions / lastYearBuyers : 0;
  const yearlyRetention = priorYearBuyers ? retained / priorYearBuyers : null;
  const expectedYears = yearlyRetention === null ? 1 : Math.min(MAX_EXPECTED_YEARS, 1 / Math.max(1e-9, 1 - yearlyRetention));
  const historyDays = history.customerIds.length ? Math.max(0, asOf - history.shopStart + 1) : 0;
  return { averageOrderValue, purchasesPerYear, expectedYears, yearlyRetention, historyDays, value: averageOrderValue * purchasesPerYear * expectedYears };
}

/** The same formula for one customer: their average order value x their purchases per year x the shop's expected years. */
export function customerSimpleClv(netCents: number, orders: number, purchases: number, daysKnown: number, expectedYears: number): number | null {
  if (orders === 0) return null;
  const years = Math.max(1, (daysKnown + 1) / YEAR);
  return (netCents / 100 / orders) * (purchases / years) * expectedYears;
}
