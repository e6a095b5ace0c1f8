import type { Db } from '../db/connection.ts';
import { expectedPurchases } from '../model/bgnbd-predict.ts';
import type { BgnbdParams } from '../model/bgnbd-likelihood.ts';
import { TIME_UNIT_DAYS } from '../model/customer-frequency-recency.ts';
import { dayNumber } from '../engine/days.ts';

interface StoredFit {
  as_of: string;
  r: number | null;
  alpha: number | null;
  a: number | null;
  b: number | null;
  verdict: string;
}

/** One customer's purchase days (several purchases on a day are one occasion, as in the model). */
export interface PurchaseDays {
  customer: number;
  days: readonly string[];
}

/**
 * What the stored BG/NBD + Gamma-Gamma fit expects a customer to spend between the as-of day and the
 * end of each horizon, in cents: E[Y(t) | x, t_x, T] × E(Z | z̄, x). Available only when the stored fit
 * was made as of the same day the report looks at (predictions are for that day); otherwise null.
 */
export function predictedRemainderModel(db: Db, asOf: string): ((history: PurchaseDays, horizonEndDays: readonly string[]) => number[]) | null {
  const fit = db.prepare('SELECT as_of, r, alpha, a, b, verdict FROM model_fits WHERE id = 1').get() as StoredFit | undefined;
  if (!fit || fit.as_of !== asOf || fit.r === null || fit.alpha === null || fit.a === null || fit.b === null || fit.verdict === 'unavailable') return null;
  const params: BgnbdParams = { r: fit.r, alpha: fit.alpha, a: fit.a, b: fit.b };
  const orderValue = new Map(
    (db.prepare('SELECT customer_id, expected_order_value_cents FROM model_predictions WHERE expected_order_value_cents IS NOT NULL').all() as { customer_id: number; expected_order_value_cents: number }[]).map((r) => [
      r.customer_id,
      r.expected_order_value_cents,
    ]),
  );
  const today = dayNumber(asOf);
  return (history, horizonEndDays) => {
    const value = orderValue.get(history.customer);
    const occasions = [...new Set(history.days)].sort();
    if (value === undefined || occasions.length === 0) return horizonEndDays.map(() => 0);
    const first = dayNumber(occasions[0]);
    const x = occasions.length - 1;
    const tx = (dayNumber(occasions[occasions.length - 1]) - first) / TIME_UNIT_DAYS;
    const T = (today - first) / TIME_UNIT_DAYS;
    return horizonEndDays.map((end) => {
      const remaining = (dayNumber(end) - today) / TIME_UNIT_DAYS;
      return remaining > 0 ? expectedPurchases(params, remaining, x, tx, T) * value : 0;
    });
  };
}
