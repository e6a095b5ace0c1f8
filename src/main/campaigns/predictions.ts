/**
 * How audiences read the predictive model's per-customer results (migration 003): predicted 12-month
 * CLV and P(alive), joined on `c.id`. Customers without a row (the model has not run, or they never
 * bought) get NULL, and campaigns fall back to historical value for them.
 */
export const PREDICTION_SQL = {
  select: 'mp.clv_12_cents AS clv_cents, mp.p_alive AS p_alive',
  join: 'LEFT JOIN model_predictions mp ON mp.customer_id = c.id',
} as const;
