import type { RecomputeStep } from '../../engine/store/recompute-step.ts';
import { modelInputsFrom } from '../model-inputs.ts';
import { fitShopModel, scoreCustomers } from '../shop-model.ts';
import { readModelSettings } from './model-settings.ts';
import { writePredictions } from './write-predictions.ts';

/**
 * Recompute step: fits BG/NBD, Pareto/NBD (the shop's backtest picks one) + Gamma-Gamma on the buyers' frequency, recency and age from the engine, stores the fit and every
 * buyer's predictions, and hands P(alive) to the at-risk rule. A fit judged unreliable or unavailable
 * leaves `run.pAlive` null, so the 'model' at-risk mode falls back to the rules and says so.
 */
export const predictStep: RecomputeStep = {
  name: 'model',
  run(run) {
    const settings = readModelSettings(run.db);
    const inputs = modelInputsFrom(run.result.frequencyRecency);
    const fit = { ...fitShopModel(inputs.buyers, settings, inputs.fallbackOrderValue, run.asOf, run.result.history), fittedAt: new Date().toISOString() };
    const scores = scoreCustomers(fit, inputs.buyers);
    const asOfDay = run.result.frequencyRecency.asOf;
    writePredictions(run.db, fit, scores, (days) => run.days.iso(asOfDay + days));
    if (fit.verdict !== 'reliable' && fit.verdict !== 'rough') return;
    const values = new Float64Array(inputs.historySize).fill(1);
    scores.forEach((s, k) => {
      values[inputs.index[k]] = s.pAlive;
    });
    run.pAlive = { values, threshold: settings.pAliveThreshold };
  },
};
