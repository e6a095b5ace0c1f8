import type { RecomputeStep } from '../../engine/store/recompute-step.ts';
import { modelInputsFrom, type ModelInputs } from '../model-inputs.ts';
import { fitShopModel, scoreCustomers, type CustomerScore } from '../shop-model.ts';
import type { ModelFitSummary, ModelSettings } from '../../../shared/domain/model.ts';
import { readModelSettings } from './model-settings.ts';
import { writePredictions } from './write-predictions.ts';

/**
 * Recompute step: fits BG/NBD + Gamma-Gamma on the buyers' frequency, recency and age from the engine, stores the fit and every
 * buyer's predictions, and hands P(alive) to the at-risk rule. A fit judged unreliable or unavailable
 * leaves `run.pAlive` null, so the 'model' at-risk mode falls back to the rules and says so.
 */
export const predictStep: RecomputeStep = {
  name: 'model',
  run(run) {
    const settings = readModelSettings(run.db);
    const inputs = modelInputsFrom(run.result.frequencyRecency);
    const { fit, scores } = fitOrWithhold(inputs, settings, run.asOf);
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

const finite = (values: readonly (number | null)[]) => values.every((v) => v === null || Number.isFinite(v));

/**
 * The fit and every buyer's scores; when the fit fails or gives a number that is not finite, no
 * predictions, with a verdict that says so, so the rest of the recompute (and the import before it) goes on.
 */
function fitOrWithhold(inputs: ModelInputs, settings: ModelSettings, asOf: string): { fit: ModelFitSummary; scores: CustomerScore[] } {
  const fittedAt = new Date().toISOString();
  let detail: string;
  try {
    const fit = { ...fitShopModel(inputs.buyers, settings, inputs.fallbackOrderValue, asOf), fittedAt };
    const scores = scoreCustomers(fit, inputs.buyers);
    const bad = scores.find((s) => !finite([s.pAlive, s.expectedPurchases30, s.expectedPurchases90, s.expectedPurchases365, s.expectedOrderValue, s.predictedClv12, s.nextOrderInDays]));
    if (bad === undefined) return { fit, scores };
    detail = `a prediction for customer ${bad.customerId} is not a finite number`;
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  const withheld = fitShopModel([], settings, inputs.fallbackOrderValue, asOf);
  const repeatCustomers = inputs.buyers.filter((b) => b.x > 0).length;
  return { fit: { ...withheld, customers: inputs.buyers.length, repeatCustomers, fittedAt, reasons: [{ code: 'fitFailed', params: { detail } }] }, scores: [] };
}
