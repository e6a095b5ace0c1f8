import { z } from 'zod';
import { request } from './define.ts';
import { isoDay } from './schemas.ts';
import { modelSettingLimits, type BacktestResult, type CustomerPrediction, type ModelFitSummary, type ModelSettings, type ModelVerdict, type RowPrediction } from '../domain/model.ts';
import type { ModelSentence } from '../domain/next-order-sentence.ts';

/** The model's revenue forecast for the 90 days after its as-of day (the dashboard's KPI). */
export interface PredictedRevenue {
  /** The stored fit's as-of day; null before the first recompute with a model. */
  asOf: string | null;
  verdict: ModelVerdict;
  /** Σ expected purchases in 90 days × expected order value, in currency units; null without predictions. */
  revenue: number | null;
  /** Σ expected purchases in 90 days. */
  expectedPurchases: number | null;
  /** Customers with a prediction, and those among them without an expected order value (left out of `revenue`). */
  customers: number;
  customersWithoutValue: number;
}

const limited = (name: keyof ModelSettings) => z.number().finite().min(modelSettingLimits[name].min).max(modelSettingLimits[name].max);

export const modelRequests = {
  /** BG/NBD + Gamma-Gamma fitted as of a day (default: the current view's day), with its reliability verdict. */
  'model.summary': request<ModelFitSummary>()(z.object({ asOf: isoDay.optional() }).strict()),
  /** One customer's stored predictions (as of the last recompute) and the sentence the UI shows; null without a model. */
  'model.customer': request<{ asOf: string | null; prediction: CustomerPrediction | null; sentence: ModelSentence }>()(
    z.object({ customerId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict(),
  ),
  /** The stored predictions of some customers (a page of the customer list), each figure null with the reason where withheld. */
  'model.rows': request<RowPrediction[]>()(z.object({ customerIds: z.array(z.number().int().positive().max(Number.MAX_SAFE_INTEGER)).max(1000) }).strict()),
  /** Revenue expected in the 90 days after the stored model's as-of day, with the model's verdict. */
  'model.predictedRevenue': request<PredictedRevenue>()(z.object({}).strict()),
  /** "How accurate are the predictions for my shop?": calibration up to a day, holdout after it. */
  'model.backtest': request<BacktestResult>()(z.object({ calibrationEnd: isoDay, holdoutDays: z.number().int().min(1).max(3650).optional() }).strict()),
  'model.settings': request<ModelSettings>()(z.object({}).strict()),
  /** Changes some settings and recomputes. */
  'model.saveSettings': request<ModelSettings>()(
    z.object({ penalty: limited('penalty').optional(), monthlyDiscountRate: limited('monthlyDiscountRate').optional(), pAliveThreshold: limited('pAliveThreshold').optional() }).strict(),
  ),
};
