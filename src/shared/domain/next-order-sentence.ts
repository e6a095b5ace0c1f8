import type { CustomerPrediction } from './model.ts';

export interface ModelSentence {
  /** Key in the `model` namespace. */
  key: 'sentence.likelyAround' | 'sentence.likelyBetween' | 'sentence.notWithinYear' | 'sentence.unlikely' | 'sentence.noPrediction';
  /** Raw values: the UI formats the days (YYYY-MM-DD) and `percent` (0..1) with Intl before interpolating. */
  params: { date?: string; from?: string; to?: string; percent?: number };
}

const YEAR_MS = 365 * 86_400_000;

/**
 * Picks the plain-language sentence for a customer's prediction as of `asOf` (YYYY-MM-DD): a day, or a range where the
 * waiting time is uncertain ("likely between ... and ..."); no date at all when the customer is unlikely to order again.
 */
export function nextOrderSentence(prediction: (Pick<CustomerPrediction, 'pAlive' | 'nextOrderDay'> & Partial<Pick<CustomerPrediction, 'nextOrderRange'>>) | null, asOf: string): ModelSentence {
  if (!prediction || !Number.isFinite(prediction.pAlive)) return { key: 'sentence.noPrediction', params: {} };
  const percent = prediction.pAlive;
  if (prediction.nextOrderDay === null) return { key: 'sentence.unlikely', params: { percent } };
  const range = prediction.nextOrderRange;
  const ahead = Date.parse(`${prediction.nextOrderDay}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`);
  if (ahead > YEAR_MS) return { key: 'sentence.notWithinYear', params: { percent } };
  if (range) return { key: 'sentence.likelyBetween', params: { from: range[0], to: range[1], percent } };
  return { key: 'sentence.likelyAround', params: { date: prediction.nextOrderDay, percent } };
}
