import type { HoldoutScore, ModelChoice, ModelChoiceReason, ModelHoldoutScore, PAliveDecile, PurchaseModelName } from '../../shared/domain/model.ts';
import type { ShopHistory } from '../engine/shop-history.ts';
import { isoDayOf } from '../engine/days.ts';
import { TIME_UNIT_DAYS } from './customer-frequency-recency.ts';
import { fitBgnbd } from './fit-bgnbd.ts';
import { fitParetoNbd, type ParetoNbdFit } from './fit-pareto-nbd.ts';
import { groupHistories, type PurchaseHistory } from './histories.ts';
import { bgnbdModel, paretoNbdModel, type PurchaseModel } from './purchase-model.ts';

/** The holdout of the choice: the last 180 days, or half the history when it is shorter than a year. */
export const CHOICE_HOLDOUT_DAYS = 180;
const MIN_HOLDOUT_DAYS = 28;
/** Fewer repeat buyers than this in the calibration period cannot tell the models apart. */
const MIN_CALIBRATION_REPEAT_BUYERS = 20;

/** A customer of the calibration period: history up to the calibration end, and purchase occasions in the holdout. */
export interface HoldoutCustomer extends PurchaseHistory {
  holdoutPurchases: number;
}

/** Every customer who bought by day `end` (a day number): their history as of `end` in model time units and their occasions in (end, end + days]. */
export function splitAt(history: ShopHistory, end: number, days: number): HoldoutCustomer[] {
  const customers: HoldoutCustomer[] = [];
  const { start, day } = history;
  for (let i = 0; i < history.customerIds.length; i += 1) {
    const a = start[i];
    const b = start[i + 1];
    if (a === b || day[a] > end) continue;
    let last = a;
    let holdout = 0;
    for (let k = a + 1; k < b; k += 1) {
      if (day[k] <= end) last = k;
      else if (day[k] <= end + days) holdout += 1;
    }
    customers.push({ x: last - a, tx: (day[last] - day[a]) / TIME_UNIT_DAYS, T: (end - day[a]) / TIME_UNIT_DAYS, repeatMean: 0, holdoutPurchases: holdout });
  }
  return customers;
}

/**
 * Predicted holdout purchases and P(alive) of every customer under a model. Customers with the same history share
 * one computation; E[Y(t) | alive], which depends on x and T only, is shared more widely. Times are whole days in
 * the model's unit, so the keys pack x, t_x and T in days into one exact number.
 */
function forecast(model: PurchaseModel, customers: readonly HoldoutCustomer[], t: number, shownPAlive: PurchaseModel['pAlive']): { predicted: Float64Array; alive: Float64Array } {
  const predicted = new Float64Array(customers.length);
  const alive = new Float64Array(customers.length);
  const ifAlive = new Map<number, number>();
  const pAlive = new Map<number, number>();
  customers.forEach((c, k) => {
    const xT = c.x * 2 ** 20 + Math.round(c.T * TIME_UNIT_DAYS);
    const key = xT * 2 ** 20 + Math.round(c.tx * TIME_UNIT_DAYS);
    let e = ifAlive.get(xT);
    if (e === undefined) ifAlive.set(xT, (e = model.expectedIfAlive(t, c.x, c.T)));
    let p = pAlive.get(key);
    if (p === undefined) pAlive.set(key, (p = model.pAlive(c.x, c.tx, c.T)));
    predicted[k] = e * p;
    alive[k] = shownPAlive === model.pAlive || c.x > 0 ? p : shownPAlive(c.x, c.tx, c.T);
  });
  return { predicted, alive };
}

export function holdoutScore(customers: readonly HoldoutCustomer[], predicted: ArrayLike<number>): HoldoutScore {
  let error = 0;
  let predictedTotal = 0;
  let actualTotal = 0;
  customers.forEach((c, k) => {
    error += Math.abs(predicted[k] - c.holdoutPurchases);
    predictedTotal += predicted[k];
    actualTotal += c.holdoutPurchases;
  });
  return {
    meanAbsoluteError: customers.length > 0 ? error / customers.length : 0,
    predictedTotal,
    actualTotal,
    totalError: actualTotal > 0 ? (predictedTotal - actualTotal) / actualTotal : null,
  };
}

/** Customers sorted by predicted P(alive) and cut into ten groups of (nearly) equal size. */
function deciles(customers: readonly HoldoutCustomer[], alive: Float64Array): PAliveDecile[] {
  const order = Array.from(alive.keys()).sort((a, b) => alive[a] - alive[b]);
  const result: PAliveDecile[] = [];
  for (let d = 0; d < 10; d += 1) {
    const from = Math.floor((order.length * d) / 10);
    const to = Math.floor((order.length * (d + 1)) / 10);
    if (to <= from) continue;
    let p = 0;
    let bought = 0;
    for (let k = from; k < to; k += 1) {
      p += alive[order[k]];
      if (customers[order[k]].holdoutPurchases > 0) bought += 1;
    }
    result.push({ decile: d + 1, customers: to - from, meanPAlive: p / (to - from), boughtShare: bought / (to - from) });
  }
  return result;
}

/** Each customer keeps their past repeat-purchase rate x / T over the holdout (0 for a customer first seen on the calibration end). */
export function naiveForecast(customers: readonly HoldoutCustomer[], t: number): Float64Array {
  return Float64Array.from(customers, (c) => (c.T > 0 ? (c.x / c.T) * t : 0));
}

export interface BacktestChoice {
  choice: ModelChoice;
  /** The calibration fit of Pareto/NBD: the refit on all data starts from it. */
  calibrationParetoNbd: ParetoNbdFit | null;
}

/**
 * The holdout score of a model. The deciles use the P(alive) the app would show: with BG/NBD, a one-time buyer's
 * comes from Pareto/NBD (docs/models.md, "Choosing the purchase model").
 */
function scored(model: PurchaseModel, customers: readonly HoldoutCustomer[], t: number, shownPAlive: PurchaseModel['pAlive'] = model.pAlive): ModelHoldoutScore {
  const { predicted, alive } = forecast(model, customers, t, shownPAlive);
  return { ...holdoutScore(customers, predicted), deciles: deciles(customers, alive) };
}

/** The lower per-customer error wins; within 0.5% of each other, the smaller error of the total. */
function better(bg: HoldoutScore, pareto: HoldoutScore): PurchaseModelName {
  const tie = Math.abs(bg.meanAbsoluteError - pareto.meanAbsoluteError) <= 0.005 * Math.max(bg.meanAbsoluteError, pareto.meanAbsoluteError);
  if (!tie) return bg.meanAbsoluteError < pareto.meanAbsoluteError ? 'bgnbd' : 'paretoNbd';
  return Math.abs(bg.totalError ?? 0) <= Math.abs(pareto.totalError ?? 0) ? 'bgnbd' : 'paretoNbd';
}

function withoutBacktest(reason: ModelChoiceReason): BacktestChoice {
  return {
    choice: { chosen: null, basis: 'none', reason, calibrationEnd: null, holdoutDays: null, customers: 0, bgnbd: null, paretoNbd: null, naive: null },
    calibrationParetoNbd: null,
  };
}

/**
 * The shop's own backtest of both purchase models (docs/models.md, "Choosing the purchase model"): fit each on the
 * history up to `asOf` minus the holdout, forecast every calibration customer's purchases in the holdout, and
 * compare with what happened. `chosen` is the winner, or null (with the reason) when the history is too short or
 * has too few repeat buyers for the comparison to mean anything.
 */
export function backtestChoice(history: ShopHistory, penalty: number): BacktestChoice {
  // A recompute after a settings change sees the same purchases again: the last answer is kept for the same history.
  const key = `${historyFingerprint(history)}:${penalty}`;
  if (lastChoice?.key === key) return lastChoice.choice;
  const choice = computeBacktestChoice(history, penalty);
  lastChoice = { key, choice };
  return choice;
}

let lastChoice: { key: string; choice: BacktestChoice } | null = null;

/** A fingerprint of the purchase occasions the choice reads (as-of day, customers, days): equal histories, equal choices. */
function historyFingerprint(history: ShopHistory): string {
  let hash = 2166136261;
  const mix = (value: number) => {
    hash = Math.imul(hash ^ value, 16777619) >>> 0;
  };
  for (const v of history.start) mix(v);
  for (const v of history.day) mix(v);
  return `${history.asOf}:${history.customerIds.length}:${history.day.length}:${hash}`;
}

function computeBacktestChoice(history: ShopHistory, penalty: number): BacktestChoice {
  let first = history.asOf;
  for (let i = 0; i < history.customerIds.length; i += 1) if (history.start[i + 1] > history.start[i]) first = Math.min(first, history.day[history.start[i]]);
  const days = Math.min(CHOICE_HOLDOUT_DAYS, Math.floor((history.asOf - first) / 2));
  if (days < MIN_HOLDOUT_DAYS) return withoutBacktest({ code: 'shortHistory', params: { days: history.asOf - first } });
  const end = history.asOf - days;
  return compareOnHoldout(splitAt(history, end, days), days, isoDayOf(end), penalty);
}

/**
 * Fits both purchase models to the calibration histories of `customers` and scores their forecasts of the next
 * `days` days against the purchases the customers made then (`holdoutPurchases`).
 */
export function compareOnHoldout(customers: readonly HoldoutCustomer[], days: number, calibrationEnd: string | null, penalty: number): BacktestChoice {
  const grouped = groupHistories(customers);
  if (grouped.repeatCustomers < MIN_CALIBRATION_REPEAT_BUYERS) return withoutBacktest({ code: 'fewCalibrationRepeatBuyers', params: { count: grouped.repeatCustomers } });
  const bg = fitBgnbd(grouped, penalty);
  const pareto = fitParetoNbd(grouped, penalty);
  const t = days / TIME_UNIT_DAYS;
  const paretoModel = pareto ? paretoNbdModel(pareto.params) : null;
  const bgModel = bg ? bgnbdModel(bg.params) : null;
  const bgScore = bgModel ? scored(bgModel, customers, t, paretoModel ? (x, tx, T) => (x === 0 ? paretoModel.pAlive(x, tx, T) : bgModel.pAlive(x, tx, T)) : bgModel.pAlive) : null;
  const paretoScore = paretoModel ? scored(paretoModel, customers, t) : null;
  const chosen: PurchaseModelName | null = bgScore && paretoScore ? better(bgScore, paretoScore) : bgScore ? 'bgnbd' : paretoScore ? 'paretoNbd' : null;
  return {
    choice: {
      chosen,
      basis: 'backtest',
      reason: null,
      calibrationEnd,
      holdoutDays: days,
      customers: customers.length,
      bgnbd: bgScore,
      paretoNbd: paretoScore,
      naive: holdoutScore(customers, naiveForecast(customers, t)),
    },
    calibrationParetoNbd: pareto,
  };
}
