import type { Db } from '../db/connection.ts';
import type { PredictedRevenue } from '../../shared/api/model.ts';
import type { ModelVerdict } from '../../shared/domain/model.ts';

/**
 * Revenue the stored model expects in the 90 days after its as-of day: over every customer with a
 * prediction, expected purchases in 90 days × expected order value (customers the spend model could
 * not value are counted apart). Null figures before the first recompute with a model.
 */
export function predictedRevenue90(db: Db): PredictedRevenue {
  const fit = db.prepare('SELECT as_of, verdict FROM model_fits WHERE id = 1').get() as { as_of: string; verdict: ModelVerdict } | undefined;
  if (!fit) return { asOf: null, verdict: 'unavailable', revenue: null, expectedPurchases: null, customers: 0, customersWithoutValue: 0 };
  const row = db
    .prepare(
      `SELECT count(*) AS customers,
              count(*) FILTER (WHERE expected_order_value_cents IS NULL) AS without_value,
              sum(expected_purchases_90) AS purchases,
              sum(expected_purchases_90 * expected_order_value_cents) AS revenue_cents
         FROM model_predictions`,
    )
    .get() as { customers: number; without_value: number; purchases: number | null; revenue_cents: number | null };
  return {
    asOf: fit.as_of,
    verdict: fit.verdict,
    revenue: row.revenue_cents === null ? null : Math.round(row.revenue_cents) / 100,
    expectedPurchases: row.purchases,
    customers: row.customers,
    customersWithoutValue: row.without_value,
  };
}
