import type { Db } from '../db/connection.ts';
import { AppError } from '../../shared/api/envelope.ts';
import type { BacktestResult, BacktestRow, ModelSettings } from '../../shared/domain/model.ts';
import { dayNumber, isoDayOf } from '../engine/days.ts';
import { latestOrderDay, loadShopHistory } from '../engine/shop-history.ts';
import { loadModelInputs } from './model-inputs.ts';
import { holdoutScore, naiveForecast, type HoldoutCustomer } from './model-choice.ts';
import { bgnbdModel, expectedPurchasesOf, paretoNbdModel, type PurchaseModel } from './purchase-model.ts';
import { chosenPurchaseModel, fitShopModel } from './shop-model.ts';

/** Calibration repeat purchases are compared in groups 0, 1, ..., 6 and 7 or more. */
const TOP_GROUP = 7;

/** Purchase occasions of each customer in (from, to], by customer id. */
function holdoutPurchases(db: Db, from: number, to: string): Map<number, number> {
  const history = loadShopHistory(db, to);
  const counts = new Map<number, number>();
  for (let i = 0; i < history.customerIds.length; i += 1) {
    let n = 0;
    for (let k = history.start[i]; k < history.start[i + 1]; k += 1) if (history.day[k] > from) n += 1;
    counts.set(history.customerIds[i], n);
  }
  return counts;
}

/**
 * Calibration / holdout check (docs/models.md, "Backtest"): fit as of `calibrationEnd` (the purchase model chosen
 * with the history up to then), predict each calibration customer's purchases in the next `holdoutDays` (default:
 * up to the last order day), and compare with what happened, per number of calibration repeat purchases and in
 * total; also how many of the customers the model flags as lapsed (P(alive) below the threshold) really bought
 * nothing, and the per-customer error of the chosen model, of both models and of the naive forecast.
 */
export function runBacktest(db: Db, calibrationEnd: string, holdoutDays: number | undefined, settings: ModelSettings): BacktestResult {
  const latest = latestOrderDay(db);
  const c = dayNumber(calibrationEnd);
  const available = latest === null ? 0 : dayNumber(latest) - c;
  const days = holdoutDays ?? available;
  if (days < 1) {
    throw new AppError('invalid_input', `The calibration end ${calibrationEnd} must be before the last order day (${latest ?? 'no orders yet'}) so there is a holdout period to compare with.`, {
      messageKey: 'model:errors.calibrationTooLate',
      params: { calibrationEnd, latest: latest ?? '' },
    });
  }
  const holdoutEnd = isoDayOf(c + days);
  const inputs = loadModelInputs(db, calibrationEnd);
  const fit = fitShopModel(inputs.buyers, settings, inputs.fallbackOrderValue, calibrationEnd, inputs.history);
  const actual = holdoutPurchases(db, c, holdoutEnd);
  const t = days / fit.timeUnitDays;
  const customers: HoldoutCustomer[] = inputs.buyers.map((s) => ({ x: s.x, tx: s.txDays / fit.timeUnitDays, T: s.TDays / fit.timeUnitDays, repeatMean: 0, holdoutPurchases: actual.get(s.customerId) ?? 0 }));
  const chosen = chosenPurchaseModel(fit);
  const forecastOf = (model: PurchaseModel) => customers.map((h) => expectedPurchasesOf(model, t, h.x, h.tx, h.T));
  const predicted = chosen ? forecastOf(chosen.model) : customers.map(() => 0);
  const rows: BacktestRow[] = Array.from({ length: TOP_GROUP + 1 }, (_, k) => ({ repeatPurchases: k, customers: 0, meanPredicted: 0, meanActual: 0 }));
  const lapsed = { threshold: settings.pAliveThreshold, flagged: 0, correctlyFlagged: 0, share: null as number | null, actuallyLapsed: 0 };
  let predictedTotal = 0;
  let actualTotal = 0;
  customers.forEach((h, k) => {
    const happened = h.holdoutPurchases;
    const row = rows[Math.min(h.x, TOP_GROUP)];
    row.customers += 1;
    row.meanPredicted += predicted[k];
    row.meanActual += happened;
    predictedTotal += predicted[k];
    actualTotal += happened;
    if (happened === 0) lapsed.actuallyLapsed += 1;
    if (chosen && chosen.shownPAlive(h.x, h.tx, h.T) < settings.pAliveThreshold) {
      lapsed.flagged += 1;
      if (happened === 0) lapsed.correctlyFlagged += 1;
    }
  });
  for (const row of rows) {
    if (row.customers === 0) continue;
    row.meanPredicted /= row.customers;
    row.meanActual /= row.customers;
  }
  lapsed.share = lapsed.flagged > 0 ? lapsed.correctlyFlagged / lapsed.flagged : null;
  const accuracy = {
    model: chosen ? holdoutScore(customers, predicted) : null,
    bgnbd: fit.bgnbd ? holdoutScore(customers, forecastOf(bgnbdModel(fit.bgnbd))) : null,
    paretoNbd: fit.paretoNbd ? holdoutScore(customers, forecastOf(paretoNbdModel(fit.paretoNbd))) : null,
    naive: holdoutScore(customers, naiveForecast(customers, t)),
  };
  return {
    calibrationEnd,
    holdoutDays: days,
    holdoutEnd,
    fit,
    rows,
    totals: { customers: inputs.buyers.length, predicted: predictedTotal, actual: actualTotal },
    lapsed,
    model: fit.chosenModel,
    accuracy,
  };
}
