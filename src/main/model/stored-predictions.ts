import type { Db } from '../db/connection.ts';
import type { CustomerPrediction, ModelChoiceReason, ModelFitSummary, PurchaseModelName, RowPrediction } from '../../shared/domain/model.ts';

interface PredictionRow {
  customer_id: number;
  p_alive: number;
  expected_purchases_30: number;
  expected_purchases_90: number;
  expected_purchases_365: number;
  expected_order_value_cents: number | null;
  clv_12_cents: number | null;
  next_order_day: string | null;
  next_order_early_day: string | null;
  next_order_late_day: string | null;
}

/** The stored fit's as-of day, null before the first recompute with a model. */
export function storedModelAsOf(db: Db): string | null {
  return (db.prepare('SELECT as_of FROM model_fits WHERE id = 1').pluck().get() as string | undefined) ?? null;
}

/** A customer's stored prediction; a merged customer answers with their root customer's. */
export function storedPrediction(db: Db, customerId: number): CustomerPrediction | null {
  const row = db
    .prepare(
      `SELECT p.* FROM model_predictions p
        WHERE p.customer_id = (SELECT coalesce(merged_into, id) FROM customers WHERE id = ?)`,
    )
    .get(customerId) as PredictionRow | undefined;
  if (!row) return null;
  return {
    customerId: row.customer_id,
    pAlive: row.p_alive,
    expectedPurchases30: row.expected_purchases_30,
    expectedPurchases90: row.expected_purchases_90,
    expectedPurchases365: row.expected_purchases_365,
    expectedOrderValue: row.expected_order_value_cents === null ? null : row.expected_order_value_cents / 100,
    predictedClv12: row.clv_12_cents === null ? null : row.clv_12_cents / 100,
    nextOrderDay: row.next_order_day,
    nextOrderRange: row.next_order_early_day && row.next_order_late_day ? [row.next_order_early_day, row.next_order_late_day] : null,
  };
}

/** The stored fit's choice: which model, and why there is none. */
function storedChoice(db: Db): { chosen: PurchaseModelName | null; reason: ModelChoiceReason | null } | null {
  const json = db.prepare('SELECT summary_json FROM model_fits WHERE id = 1').pluck().get() as string | undefined;
  if (!json) return null;
  const fit = JSON.parse(json) as Partial<ModelFitSummary>;
  return { chosen: fit.chosenModel ?? null, reason: fit.choice?.reason ?? null };
}

/**
 * The predictions of the customer list's rows (`customers --json`), each figure null with the reason where withheld:
 * no model for the shop (`noModel`, with the choice's reason), no purchase yet (`notABuyer`), or no next-order date
 * because the customer is unlikely to order again (`unlikelyToOrder`). Merged customers answer with their root's.
 */
export function rowPredictions(db: Db, customerIds: readonly number[]): RowPrediction[] {
  const choice = storedChoice(db);
  const read = db.prepare(
    `SELECT p.* FROM model_predictions p WHERE p.customer_id = (SELECT coalesce(merged_into, id) FROM customers WHERE id = ?)`,
  );
  return customerIds.map((customerId) => {
    const row = choice?.chosen ? (read.get(customerId) as PredictionRow | undefined) : undefined;
    if (!row) {
      const withheld: RowPrediction['withheld'] = !choice?.chosen ? { code: 'noModel', ...(choice?.reason ? { because: choice.reason } : {}) } : { code: 'notABuyer' };
      return { customerId, pAlive: null, expectedPurchases90d: null, predictedValue12m: null, nextOrderDate: null, nextOrderRange: null, withheld };
    }
    return {
      customerId,
      pAlive: row.p_alive,
      expectedPurchases90d: row.expected_purchases_90,
      predictedValue12m: row.clv_12_cents === null ? null : row.clv_12_cents / 100,
      nextOrderDate: row.next_order_day,
      nextOrderRange: row.next_order_early_day && row.next_order_late_day ? [row.next_order_early_day, row.next_order_late_day] : null,
      withheld: row.next_order_day === null ? { code: 'unlikelyToOrder' } : null,
    };
  });
}
