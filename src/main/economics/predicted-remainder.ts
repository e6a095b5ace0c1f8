import type { Db } from '../db/connection.ts';
import type { ModelFitSummary } from '../../shared/domain/model.ts';
import { TIME_UNIT_DAYS } from '../model/customer-frequency-recency.ts';
import { expectedPurchasesOf } from '../model/purchase-model.ts';
import { chosenPurchaseModel } from '../model/shop-model.ts';
import { dayNumber } from '../engine/days.ts';

/** One customer's purchase days (several purchases on a day are one occasion, as in the model). */
export interface PurchaseDays {
  customer: number;
  days: readonly string[];
}

/**
 * What the stored fit's chosen purchase model + Gamma-Gamma expect a customer to spend between the as-of day and
 * the end of each horizon, in cents: E[Y(t) | x, t_x, T] × E(Z | z̄, x). Available only when the stored fit
 * was made as of the same day the report looks at (predictions are for that day) and chose a model; otherwise null.
 */
export function predictedRemainderModel(db: Db, asOf: string): ((history: PurchaseDays, horizonEndDays: readonly string[]) => number[]) | null {
  const stored = db.prepare('SELECT as_of, summary_json FROM model_fits WHERE id = 1').get() as { as_of: string; summary_json: string } | undefined;
  if (!stored || stored.as_of !== asOf) return null;
  const fit = JSON.parse(stored.summary_json) as Partial<ModelFitSummary>;
  const chosen = fit.verdict === 'unavailable' ? null : chosenPurchaseModel({ chosenModel: fit.chosenModel ?? null, bgnbd: fit.bgnbd ?? null, paretoNbd: fit.paretoNbd ?? null });
  if (!chosen) return null;
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
      return remaining > 0 ? expectedPurchasesOf(chosen.model, remaining, x, tx, T) * value : 0;
    });
  };
}
