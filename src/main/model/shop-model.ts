import type { CustomerPrediction, ModelChoice, ModelChoiceReason, ModelFitSummary, ModelSettings, PurchaseModelName } from '../../shared/domain/model.ts';
import type { ShopHistory } from '../engine/shop-history.ts';
import { discountedClv, monthEnds, monthlyIncrements } from './clv.ts';
import { TIME_UNIT_DAYS, type CustomerFrequencyRecency } from './customer-frequency-recency.ts';
import { fitBgnbd, type BgnbdFit } from './fit-bgnbd.ts';
import { fitParetoNbd, type ParetoNbdFit } from './fit-pareto-nbd.ts';
import { backtestChoice, type BacktestChoice } from './model-choice.ts';
import { bgnbdModel, paretoNbdModel, type PurchaseModel } from './purchase-model.ts';
import { fitGammaGamma } from './fit-gamma-gamma.ts';
import type { GammaGammaParams } from './gamma-gamma-likelihood.ts';
import { spendData } from './gamma-gamma-likelihood.ts';
import { expectedOrderValue, populationMeanOrderValue } from './gamma-gamma-predict.ts';
import { groupHistories, type PurchaseHistory } from './histories.ts';
import { pearson } from './pearson.ts';
import { assessReliability } from './reliability.ts';

export const CLV_MONTHS = 12;
/** A median time to the next order beyond the 12-month horizon is no date at all: the customer is unlikely to order again. */
export const NEXT_ORDER_HORIZON_DAYS = 365;

function toHistory(s: CustomerFrequencyRecency): PurchaseHistory {
  return { x: s.x, tx: s.txDays / TIME_UNIT_DAYS, T: s.TDays / TIME_UNIT_DAYS, repeatMean: s.repeatMean };
}

function rounded(n: number): number {
  return Number(n.toPrecision(10));
}

/** The minimum of repeat buyers for any prediction at all: below it the shop gets historical figures only. */
export const MIN_REPEAT_BUYERS = 20;

type Fits = { bgnbd: BgnbdFit | null; paretoNbd: ParetoNbdFit | null };

function converged(fits: Fits, name: PurchaseModelName): boolean {
  return name === 'bgnbd' ? fits.bgnbd?.converged === true : fits.paretoNbd?.converged === true;
}

/**
 * Which purchase model the shop's predictions use (docs/models.md, "Choosing the purchase model"): none below
 * MIN_REPEAT_BUYERS repeat buyers; else the backtest's winner; without a backtest, the higher likelihood on all data
 * (both have four parameters). A model whose fit on all data did not converge is not used.
 */
function decide(backtest: BacktestChoice | null, fits: Fits, customers: number, repeatCustomers: number, maxT: number): ModelChoice {
  const none = (reason: ModelChoiceReason): ModelChoice => ({ ...(backtest?.choice ?? emptyChoice), chosen: null, basis: 'none', reason });
  if (customers === 0) return none({ code: 'noCustomers' });
  if (maxT === 0) return none({ code: 'noTimeObserved' });
  if (repeatCustomers === 0) return none({ code: 'noRepeatBuyers' });
  if (repeatCustomers < MIN_REPEAT_BUYERS) return none({ code: 'fewRepeatBuyers', params: { count: repeatCustomers } });
  const winner = backtest?.choice.chosen;
  if (winner && converged(fits, winner)) return backtest.choice;
  const usable = (['bgnbd', 'paretoNbd'] as const).filter((name) => converged(fits, name));
  if (usable.length === 0) return none({ code: 'notConverged' });
  const chosen = usable.length === 1 ? usable[0] : fits.paretoNbd!.logLik > fits.bgnbd!.logLik ? 'paretoNbd' : 'bgnbd';
  return { ...(backtest?.choice ?? emptyChoice), chosen, basis: 'likelihood', reason: backtest?.choice.reason ?? null };
}

const emptyChoice: ModelChoice = { chosen: null, basis: 'none', reason: null, calibrationEnd: null, holdoutDays: null, customers: 0, bgnbd: null, paretoNbd: null, naive: null };

/**
 * Fits BG/NBD, Pareto/NBD and Gamma-Gamma to the frequency, recency and age of the shop's buyers and picks the
 * purchase model; with the shop's `history` the pick is by its own backtest (model-choice.ts), else by likelihood.
 * Never throws: with no customers the fits are null and the verdict says why; with odd data (no repeat buyers,
 * everything on one day) the penalty keeps the parameters finite, the verdict explains how little they mean, and
 * `chosenModel` is null. `fallbackOrderValue` values customers when the spend model cannot (none fitted, or q ≤ 1).
 */
export function fitShopModel(
  buyers: readonly CustomerFrequencyRecency[],
  settings: Pick<ModelSettings, 'penalty' | 'monthlyDiscountRate'>,
  fallbackOrderValue: number | null,
  asOf: string | null = null,
  history: ShopHistory | null = null,
): ModelFitSummary {
  const histories = buyers.map(toHistory);
  const grouped = groupHistories(histories);
  const backtest = history && grouped.repeatCustomers >= MIN_REPEAT_BUYERS ? backtestChoice(history, settings.penalty) : null;
  const bgnbd = fitBgnbd(grouped, settings.penalty);
  const paretoNbd = fitParetoNbd(grouped, settings.penalty, backtest?.calibrationParetoNbd ?? null);
  const spend = spendData(histories);
  const gammaGamma = fitGammaGamma(spend, settings.penalty);
  const correlation = pearson(spend.x, spend.zbar);
  let maxT = 0;
  for (const T of grouped.times) maxT = Math.max(maxT, T);
  const choice = decide(backtest, { bgnbd, paretoNbd }, grouped.customers, grouped.repeatCustomers, maxT);
  const purchase = choice.chosen === 'paretoNbd' ? paretoNbd : bgnbd;
  const { verdict, reasons } = assessReliability({ customers: grouped.customers, repeatCustomers: grouped.repeatCustomers, maxT, purchase, gammaGamma, correlation });
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
    paretoNbd: paretoNbd && {
      r: rounded(paretoNbd.params.r),
      alpha: rounded(paretoNbd.params.alpha),
      s: rounded(paretoNbd.params.s),
      beta: rounded(paretoNbd.params.beta),
      logLik: paretoNbd.logLik,
      standardErrors: paretoNbd.standardErrors,
      converged: paretoNbd.converged,
      iterations: paretoNbd.iterations,
    },
    chosenModel: choice.chosen,
    choice,
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

/**
 * The chosen purchase model of a fit, null without one. With BG/NBD chosen, a one-time buyer's P(alive) comes from
 * Pareto/NBD: BG/NBD lets customers drop out only right after a purchase, so it says 1 for every one of them
 * (docs/models.md, "Choosing the purchase model").
 */
export function chosenPurchaseModel(fit: Pick<ModelFitSummary, 'chosenModel' | 'bgnbd' | 'paretoNbd'>): { model: PurchaseModel; shownPAlive: PurchaseModel['pAlive'] } | null {
  if (fit.chosenModel === 'paretoNbd' && fit.paretoNbd) {
    const model = paretoNbdModel(fit.paretoNbd);
    return { model, shownPAlive: model.pAlive };
  }
  if (fit.chosenModel !== 'bgnbd' || !fit.bgnbd) return null;
  const model = bgnbdModel(fit.bgnbd);
  const pareto = fit.paretoNbd ? paretoNbdModel(fit.paretoNbd) : null;
  return { model, shownPAlive: (x, tx, T) => (x === 0 && pareto ? pareto.pAlive(x, tx, T) : model.pAlive(x, tx, T)) };
}

/** A customer's prediction with the next order as days after the as-of date (the caller turns it into a date). */
export type CustomerScore = Omit<CustomerPrediction, 'nextOrderDay' | 'nextOrderRange'> & { nextOrderInDays: number | null; nextOrderRangeInDays: [number, number] | null };

function orderValueFor(gg: GammaGammaParams | null, fallback: number | null, s: CustomerFrequencyRecency): number | null {
  const modelled = gg ? expectedOrderValue(gg, s.repeatMean > 0 ? s.x : 0, s.repeatMean) : null;
  return modelled ?? fallback;
}

/** Quartiles of the waiting time: a next-order date is stated as a range when the later is more than twice the earlier. */
const EARLY = 0.25;
const LATE = 0.75;

/** What the purchase model says about one (x, t_x, T): shared by every customer with that history. */
interface PurchaseOutlook {
  /** P(alive) as shown (see chosenPurchaseModel). */
  pAlive: number;
  expected30: number;
  expected90: number;
  expected365: number;
  /** Σ_m (E[Y(m f)] - E[Y((m-1) f)])/(1+d)^m: the CLV per unit of order value. */
  discountedPurchases: number;
  next: NextOrder;
}

/** The next order of a customer still alive, in days after the as-of day: median and quartiles; null beyond the horizon. */
type NextOrder = { median: number; early: number; late: number } | null;

/** The part of an outlook that depends on (x, T) only: expectations given alive, and the next order. */
interface AliveOutlook {
  expected30: number;
  expected90: number;
  expected365: number;
  /** E[Y] given alive at the end of each of the next CLV_MONTHS months. */
  byMonthEnd: number[];
  next: NextOrder;
}

function aliveOutlook(model: PurchaseModel, x: number, T: number, unit: number): AliveOutlook {
  const median = model.waitingTimeQuantile(0.5, x, T) * unit;
  const inHorizon = Number.isFinite(median) && median <= NEXT_ORDER_HORIZON_DAYS;
  return {
    expected30: model.expectedIfAlive(30 / unit, x, T),
    expected90: model.expectedIfAlive(90 / unit, x, T),
    expected365: model.expectedIfAlive(365 / unit, x, T),
    byMonthEnd: monthEnds(CLV_MONTHS, unit).map((t) => model.expectedIfAlive(t, x, T)),
    next: inHorizon
      ? {
          median: Math.max(1, Math.round(median)),
          early: Math.max(1, Math.round(model.waitingTimeQuantile(EARLY, x, T) * unit)),
          late: Math.max(1, Math.round(model.waitingTimeQuantile(LATE, x, T) * unit)),
        }
      : null,
  };
}

/**
 * E[Y(t)] = E[Y(t) | alive] · P(alive), with the first factor shared. A customer whose P(alive) is below
 * UNLIKELY_P_ALIVE gets no next-order date: they are unlikely to order again.
 */
function outlook(chosen: { model: PurchaseModel; shownPAlive: PurchaseModel['pAlive'] }, h: PurchaseHistory, alive: AliveOutlook, monthlyDiscountRate: number): PurchaseOutlook {
  const p = chosen.model.pAlive(h.x, h.tx, h.T);
  const shown = chosen.shownPAlive(h.x, h.tx, h.T);
  return {
    pAlive: shown,
    expected30: alive.expected30 * p,
    expected90: alive.expected90 * p,
    expected365: alive.expected365 * p,
    discountedPurchases: discountedClv(1, monthlyIncrements(alive.byMonthEnd.map((e) => e * p)), monthlyDiscountRate),
    next: shown < UNLIKELY_P_ALIVE ? null : alive.next,
  };
}

/** Below this chance of still being a customer, no next-order date is given: "unlikely to order again". */
export const UNLIKELY_P_ALIVE = 0.2;

/**
 * Scores every customer with the chosen purchase model; empty when there is none (historical figures only).
 * Customers with the same (x, t_x, T) share one purchase outlook, computed once; its costly part,
 * which depends on (x, T) only, is shared more widely.
 */
export function scoreCustomers(fit: ModelFitSummary, buyers: readonly CustomerFrequencyRecency[]): CustomerScore[] {
  const chosen = chosenPurchaseModel(fit);
  if (!chosen) return [];
  const gg = fit.gammaGamma;
  const unit = fit.timeUnitDays;
  const cache = new Map<number, Map<number, Map<number, PurchaseOutlook>>>();
  const aliveCache = new Map<number, Map<number, AliveOutlook>>();
  const aliveFor = (h: PurchaseHistory, TDays: number): AliveOutlook => {
    let byT = aliveCache.get(h.x);
    if (!byT) aliveCache.set(h.x, (byT = new Map()));
    let a = byT.get(TDays);
    if (!a) byT.set(TDays, (a = aliveOutlook(chosen.model, h.x, h.T, unit)));
    return a;
  };
  return buyers.map((s) => {
    const h = toHistory(s);
    let byTx = cache.get(s.x);
    if (!byTx) cache.set(s.x, (byTx = new Map()));
    let byT = byTx.get(s.txDays);
    if (!byT) byTx.set(s.txDays, (byT = new Map()));
    let o = byT.get(s.TDays);
    if (!o) byT.set(s.TDays, (o = outlook(chosen, h, aliveFor(h, s.TDays), fit.monthlyDiscountRate)));
    const value = orderValueFor(gg, fit.fallbackOrderValue, s);
    return {
      customerId: s.customerId,
      pAlive: o.pAlive,
      expectedPurchases30: o.expected30,
      expectedPurchases90: o.expected90,
      expectedPurchases365: o.expected365,
      expectedOrderValue: value,
      predictedClv12: value === null ? null : value * o.discountedPurchases,
      nextOrderInDays: o.next?.median ?? null,
      nextOrderRangeInDays: o.next && o.next.late > 2 * o.next.early ? [o.next.early, o.next.late] : null,
    };
  });
}
