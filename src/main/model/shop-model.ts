import type { CustomerPrediction, ModelFitSummary, ModelSettings } from '../../shared/domain/model.ts';
import type { BgnbdParams } from './bgnbd-likelihood.ts';
import { expectedIfAlive, medianTimeToNextPurchase, pAlive } from './bgnbd-predict.ts';
import { discountedClv, monthEnds, monthlyIncrements } from './clv.ts';
import { TIME_UNIT_DAYS, type CustomerFrequencyRecency } from './customer-frequency-recency.ts';
import { fitBgnbd } from './fit-bgnbd.ts';
import { fitGammaGamma } from './fit-gamma-gamma.ts';
import type { GammaGammaParams } from './gamma-gamma-likelihood.ts';
import { spendData } from './gamma-gamma-likelihood.ts';
import { expectedOrderValue, populationMeanOrderValue } from './gamma-gamma-predict.ts';
import { groupHistories, type PurchaseHistory } from './histories.ts';
import { pearson } from './pearson.ts';
import { assessReliability } from './reliability.ts';

export const CLV_MONTHS = 12;
/** A median time to the next order longer than this is no date at all: the customer is unlikely to order again. */
export const NEXT_ORDER_HORIZON_DAYS = 730;

function toHistory(s: CustomerFrequencyRecency): PurchaseHistory {
  return { x: s.x, tx: s.txDays / TIME_UNIT_DAYS, T: s.TDays / TIME_UNIT_DAYS, repeatMean: s.repeatMean };
}

function rounded(n: number): number {
  return Number(n.toPrecision(10));
}

/**
 * Fits BG/NBD and Gamma-Gamma to the frequency, recency and age of the shop's buyers. Never throws: with no customers the
 * fits are null and the verdict says why; with odd data (no repeat buyers, everything on one day) the
 * penalty keeps the parameters finite and the verdict explains how little they mean.
 * `fallbackOrderValue` values customers when the spend model cannot (none fitted, or q ≤ 1).
 */
export function fitShopModel(buyers: readonly CustomerFrequencyRecency[], settings: Pick<ModelSettings, 'penalty' | 'monthlyDiscountRate'>, fallbackOrderValue: number | null, asOf: string | null = null): ModelFitSummary {
  const histories = buyers.map(toHistory);
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

function orderValueFor(gg: GammaGammaParams | null, fallback: number | null, s: CustomerFrequencyRecency): number | null {
  const modelled = gg ? expectedOrderValue(gg, s.repeatMean > 0 ? s.x : 0, s.repeatMean) : null;
  return modelled ?? fallback;
}

/** What the purchase model says about one (x, t_x, T): shared by every customer with that history. */
interface PurchaseOutlook {
  pAlive: number;
  expected30: number;
  expected90: number;
  expected365: number;
  /** Σ_m (E[Y(m f)] - E[Y((m-1) f)])/(1+d)^m: the CLV per unit of order value. */
  discountedPurchases: number;
  nextOrderInDays: number | null;
}

/** The part of an outlook that depends on (x, T) only: expectations given alive, and the next order. */
interface AliveOutlook {
  expected30: number;
  expected90: number;
  expected365: number;
  /** E[Y] given alive at the end of each of the next CLV_MONTHS months. */
  byMonthEnd: number[];
  nextOrderInDays: number | null;
}

function aliveOutlook(params: BgnbdParams, x: number, T: number, unit: number): AliveOutlook {
  const median = medianTimeToNextPurchase(params, x, T) * unit;
  return {
    expected30: expectedIfAlive(params, 30 / unit, x, T),
    expected90: expectedIfAlive(params, 90 / unit, x, T),
    expected365: expectedIfAlive(params, 365 / unit, x, T),
    byMonthEnd: monthEnds(CLV_MONTHS, unit).map((t) => expectedIfAlive(params, t, x, T)),
    nextOrderInDays: Number.isFinite(median) && median <= NEXT_ORDER_HORIZON_DAYS ? Math.max(1, Math.round(median)) : null,
  };
}

/** E[Y(t)] = E[Y(t) | alive] · P(alive) (bgnbd-predict.ts expectedPurchases), with the first factor shared. */
function outlook(params: BgnbdParams, h: PurchaseHistory, alive: AliveOutlook, monthlyDiscountRate: number): PurchaseOutlook {
  const p = pAlive(params, h.x, h.tx, h.T);
  return {
    pAlive: p,
    expected30: alive.expected30 * p,
    expected90: alive.expected90 * p,
    expected365: alive.expected365 * p,
    discountedPurchases: discountedClv(1, monthlyIncrements(alive.byMonthEnd.map((e) => e * p)), monthlyDiscountRate),
    nextOrderInDays: alive.nextOrderInDays,
  };
}

/**
 * Scores every customer with a fitted model; empty when the purchase model could not be fitted.
 * Customers with the same (x, t_x, T) share one purchase outlook, computed once; its costly part,
 * which depends on (x, T) only, is shared more widely.
 */
export function scoreCustomers(fit: ModelFitSummary, buyers: readonly CustomerFrequencyRecency[]): CustomerScore[] {
  if (!fit.bgnbd) return [];
  const params: BgnbdParams = fit.bgnbd;
  const gg = fit.gammaGamma;
  const unit = fit.timeUnitDays;
  const cache = new Map<number, Map<number, Map<number, PurchaseOutlook>>>();
  const aliveCache = new Map<number, Map<number, AliveOutlook>>();
  const aliveFor = (h: PurchaseHistory, TDays: number): AliveOutlook => {
    let byT = aliveCache.get(h.x);
    if (!byT) aliveCache.set(h.x, (byT = new Map()));
    let a = byT.get(TDays);
    if (!a) byT.set(TDays, (a = aliveOutlook(params, h.x, h.T, unit)));
    return a;
  };
  return buyers.map((s) => {
    const h = toHistory(s);
    let byTx = cache.get(s.x);
    if (!byTx) cache.set(s.x, (byTx = new Map()));
    let byT = byTx.get(s.txDays);
    if (!byT) byTx.set(s.txDays, (byT = new Map()));
    let o = byT.get(s.TDays);
    if (!o) byT.set(s.TDays, (o = outlook(params, h, aliveFor(h, s.TDays), fit.monthlyDiscountRate)));
    const value = orderValueFor(gg, fit.fallbackOrderValue, s);
    return {
      customerId: s.customerId,
      pAlive: o.pAlive,
      expectedPurchases30: o.expected30,
      expectedPurchases90: o.expected90,
      expectedPurchases365: o.expected365,
      expectedOrderValue: value,
      predictedClv12: value === null ? null : value * o.discountedPurchases,
      nextOrderInDays: o.nextOrderInDays,
    };
  });
}
