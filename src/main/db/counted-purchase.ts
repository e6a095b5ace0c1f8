/**
 * A counted purchase (docs/counting.md): an order the importer marked as a purchase (paid, not
 * cancelled) that a refund has not undone (a refund leaving its net value at zero or less). Every figure
 * about customers counts these: the shop summary, the lifecycle engine, RFM, the models, the campaigns.
 * Written for an `orders` table aliased `o`.
 */
export const COUNTED_PURCHASE_SQL = 'o.is_purchase = 1 AND NOT (o.refunded_cents > 0 AND o.net_cents <= 0)';
