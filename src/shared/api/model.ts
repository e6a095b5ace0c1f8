import { z } from 'zod';
import { request } from './define.ts';
import { isoDay } from './schemas.ts';
import { modelSettingLimits, type BacktestResult, type CustomerPrediction, type ModelFitSummary, type ModelSettings } from '../domain/model.ts';
import type { ModelSentence } from '../domain/next-order-sentence.ts';

const limited = (name: keyof ModelSettings) => z.number().finite().min(modelSettingLimits[name].min).max(modelSettingLimits[name].max);

export const modelRequests = {
  /** BG/NBD + Gamma-Gamma fitted as of a day (default: the current view's day), with its reliability verdict. */
  'model.summary': request<ModelFitSummary>()(z.object({ asOf: isoDay.optional() }).strict()),
  /** One customer's stored predictions (as of the last recompute) and the sentence the UI shows; null without a model. */
  'model.customer': request<{ asOf: string | null; prediction: CustomerPrediction | null; sentence: ModelSentence }>()(
    z.object({ customerId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict(),
  ),
  /** "How accurate are the predictions for my shop?": calibration up to a day, holdout after it. */
  'model.backtest': request<BacktestResult>()(z.object({ calibrationEnd: isoDay, holdoutDays: z.number().int().min(1).max(3650).optional() }).strict()),
  'model.settings': request<ModelSettings>()(z.object({}).strict()),
  /** Changes some settings and recomputes. */
  'model.saveSettings': request<ModelSettings>()(
    z.object({ penalty: limited('penalty').optional(), monthlyDiscountRate: limited('monthlyDiscountRate').optional(), pAliveThreshold: limited('pAliveThreshold').optional() }).strict(),
  ),
};
