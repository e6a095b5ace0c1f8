import type { Db } from '../../db/connection.ts';
import type { ModelFitSummary } from '../../../shared/domain/model.ts';
import type { CustomerScore } from '../shop-model.ts';
import { BatchInsert } from '../../db/batch-insert.ts';
import { withoutSecondaryIndexes } from '../../db/secondary-indexes.ts';

const cents = (value: number | null) => (value === null || !Number.isFinite(value) ? null : Math.round(value * 100));

/** Replaces the stored fit and every customer's predictions (inside the recompute transaction). */
export function writePredictions(db: Db, fit: ModelFitSummary, scores: readonly CustomerScore[], nextOrderDay: (days: number) => string): void {
  const bg = fit.bgnbd;
  const gg = fit.gammaGamma;
  db.prepare(
    `INSERT OR REPLACE INTO model_fits (id, as_of, fitted_at, time_unit_days, customers, repeat_customers, r, alpha, a, b, bgnbd_log_lik, bgnbd_se_json,
       p, q, gamma, gamma_gamma_log_lik, gamma_gamma_se_json, spend_correlation, penalty, monthly_discount_rate, verdict, reasons_json, summary_json)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    fit.asOf,
    fit.fittedAt,
    fit.timeUnitDays,
    fit.customers,
    fit.repeatCustomers,
    bg?.r ?? null,
    bg?.alpha ?? null,
    bg?.a ?? null,
    bg?.b ?? null,
    bg ? finiteOrNull(bg.logLik) : null,
    bg?.standardErrors ? JSON.stringify(bg.standardErrors) : null,
    gg?.p ?? null,
    gg?.q ?? null,
    gg?.gamma ?? null,
    gg ? finiteOrNull(gg.logLik) : null,
    gg?.standardErrors ? JSON.stringify(gg.standardErrors) : null,
    fit.spendFrequencyCorrelation,
    fit.penalty,
    fit.monthlyDiscountRate,
    fit.verdict,
    JSON.stringify(fit.reasons),
    JSON.stringify(fit),
  );
  db.exec('DELETE FROM model_predictions');
  withoutSecondaryIndexes(db, 'model_predictions', () => {
    const rows = new BatchInsert(db, 'model_predictions', [
      'customer_id', 'p_alive', 'expected_purchases_30', 'expected_purchases_90', 'expected_purchases_365', 'expected_order_value_cents', 'clv_12_cents',
      'next_order_day', 'next_order_early_day', 'next_order_late_day',
    ]);
    for (const s of scores) {
      const range = s.nextOrderRangeInDays;
      rows.add(
        s.customerId, s.pAlive, s.expectedPurchases30, s.expectedPurchases90, s.expectedPurchases365, cents(s.expectedOrderValue), cents(s.predictedClv12),
        s.nextOrderInDays === null ? null : nextOrderDay(s.nextOrderInDays), range ? nextOrderDay(range[0]) : null, range ? nextOrderDay(range[1]) : null,
      );
    }
    rows.flush();
  });
}

function finiteOrNull(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}
