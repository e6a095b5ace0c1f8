import type { CustomerPrediction, ModelFitSummary, ModelSettings } from '../../shared/domain/model.ts';
import type { BgnbdParams } from './bgnbd-likelihood.ts';
import { expectedPurchases, medianTimeToNextPurchase, pAlive } from './bgnbd-predict.ts';
import { discountedClv, monthlyExpectedPurchases } from './clv.ts';
import { TIME_UNIT_DAYS, type CustomerSummary } from './customer-summary.ts';
import { fitBgnbd } from './fit-bgnbd.ts';
import { fitGammaGamma } from './fit-gamma-gamma.ts';
import type { GammaGammaParams } from './gamma-gamma-likelihood.ts';
import { spendData } from './gamma-gamma-likelihood.ts';
import { expectedOrderValue, populationMeanOrderValue } from './gamma-gamma-predict.ts';
import { groupHistories, type PurchaseHistory } from './histories.ts';
import { pearson } from './pearson.ts';
import { assessReliability } from './reliability.ts';

export const CLV_MONTHS = 12;

function toHistory(s: CustomerSummary): PurchaseHistory {
  return { x: s.x, tx: s.txDays / TIME_UNIT_DAYS, T: s.TDays / TIME_UNIT_DAYS, repeatMean: s.repeatMean };
}

function rounded(n: number): number {
  return Number(n.toPrecision(10));
}

/**
 * Fits BG/NBD and Gamma-Gamma to the shop's customer summaries. Never throws: with no customers the
 * fits are null and the verdict says why; with odd data (no repeat buyers, everything on one day) the
 * penalty keeps the parameters finite and the verdict explains how little they mean.
 * `fallbackOrderValue` values customers when the spend model cannot (none fitted, or q ≤ 1).
 */
export function fitShopModel(summaries: readonly CustomerSummary[], settings: Pick<ModelSettings, 'penalty' | 'monthlyDiscountRate'>, fallbackOrderValue: number | null, asOf: string | null = null): ModelFitSummary {
  const histories = summaries.map(toHistory);
  const grouped = groupHistories(histories);
  const bgnbd = fitBgnbd(grouped, settings.penalty);
  const spend = spendData(histories);
  const gammaGamma = fitGammaGamma(spend, settings.penalty);
  const correlation = pearson(spend.x, spend.zbar);
  let maxT = 0;
  for (const T of grouped.times) maxT = Math.max(maxT, T);
  const { verdict, reasons } = assessReliability({ customers: grouped.customers, repeatCustomers: grouped.repeatCustomers, maxT, bgnbd, gammaGamma, correlation });
  return {
    asOf,
    timeUnitDays: TIME_UNIT_DAYS,
    customers: grouped.customers,
    repeatCustomers: grouped.repeatCustomers,
    bgnbd: bgnbd && {
      r: rounded(bgnbd.params.r),
      alpha: rounded(bgnbd.params.alpha),
      a: rounded(bgnbd.params.a),
      b: rounded(bgnbd.params.b),
      logLik: bgnbd.logLik,
      standardErrors: bgnbd.standardErrors,
      converged: bgnbd.converged,
      iterations: bgnbd.iterations,
    },
    gammaGamma: gammaGamma && {
      p: rounded(gammaGamma.params.p),
      q: rounded(gammaGamma.params.q),
      gamma: rounded(gammaGamma.params.gamma),
      logLik: gammaGamma.logLik,
      standardErrors: gammaGamma.standardErrors,
      converged: gammaGamma.converged,
      customers: gammaGamma.customers,
      populationMeanOrderValue: populationMeanOrderValue(gammaGamma.params),
    },
    spendFrequencyCorrelation: correlation,
    fallbackOrderValue,
    penalty: settings.penalty,
    monthlyDiscountRate: settings.monthlyDiscountRate,
    verdict,
    reasons,
    fittedAt: null,
  };
}

/** A customer's prediction with the next order as days after the as-of date (the caller turns it into a date). */
export type CustomerScore = Omit<CustomerPrediction, 'nextOrderDay'> & { nextOrderInDays: number | null };

function orderValueFor(gg: GammaGammaParams | null, fallback: number | null, s: CustomerSummary): number | null {
  const modelled = gg ? expectedOrderValue(gg, s.repeatMean > 0 ? s.x : 0, s.repeatMean) : null;
  return modelled ?? fallback;
}

/** Scores every customer with a fitted model; empty when the purchase model could not be fitted. */
export function scoreCustomers(fit: ModelFitSummary, summaries: readonly CustomerSummary[]): CustomerScore[] {
  if (!fit.bgnbd) return [];
  const params: BgnbdParams = fit.bgnbd;
  const gg = fit.gammaGamma;
  const unit = fit.timeUnitDays;
  return summaries.map((s) => {
    const h = toHistory(s);
    const monthly = monthlyExpectedPurchases(params, h.x, h.tx, h.T, CLV_MONTHS, unit);
    const value = orderValueFor(gg, fit.fallbackOrderValue, s);
    const median = medianTimeToNextPurchase(params, h.x, h.T) * unit;
    return {
      customerId: s.customerId,
      pAlive: pAlive(params, h.x, h.tx, h.T),
      expectedPurchases30: expectedPurchases(params, 30 / unit, h.x, h.tx, h.T),
      expectedPurchases90: expectedPurchases(params, 90 / unit, h.x, h.tx, h.T),
      expectedPurchases365: expectedPurchases(params, 365 / unit, h.x, h.tx, h.T),
      expectedOrderValue: value,
      predictedClv12: value === null ? null : discountedClv(value, monthly, fit.monthlyDiscountRate),
      nextOrderInDays: Number.isFinite(median) ? Math.max(1, Math.round(median)) : null,
    };
  });
}
