import type { CustomerPrediction } from './model.ts';

export interface ModelSentence {
  /** Key in the `model` namespace. */
  key: 'sentence.likelyAround' | 'sentence.notWithinYear' | 'sentence.noPrediction';
  /** Raw values: the UI formats `date` (YYYY-MM-DD) and `percent` (0..1) with Intl before interpolating. */
  params: { date?: string; percent?: number };
}

const YEAR_MS = 365 * 86_400_000;

/** Picks the plain-language sentence for a customer's prediction as of `asOf` (YYYY-MM-DD). */
export function nextOrderSentence(prediction: Pick<CustomerPrediction, 'pAlive' | 'nextOrderDay'> | null, asOf: string): ModelSentence {
  if (!prediction || prediction.nextOrderDay === null || !Number.isFinite(prediction.pAlive)) return { key: 'sentence.noPrediction', params: {} };
  const percent = prediction.pAlive;
  const ahead = Date.parse(`${prediction.nextOrderDay}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`);
  if (ahead > YEAR_MS) return { key: 'sentence.notWithinYear', params: { percent } };
  return { key: 'sentence.likelyAround', params: { date: prediction.nextOrderDay, percent } };
}
