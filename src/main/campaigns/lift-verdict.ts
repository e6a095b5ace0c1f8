import type { Interval, LiftVerdict } from '../../shared/domain/campaigns.ts';
import { campaignMessage } from './campaign-message.ts';

export interface VerdictInput {
  days: number;
  endDay: string;
  complete: boolean;
  holdoutPeople: number;
  rateDifference: number | null;
  rateDifferenceInterval: Interval | null;
}

/** Percentage points with a sign and one decimal: 0.031 -> `+3.1`. */
export function signedPoints(difference: number): string {
  const points = Math.round(difference * 1000) / 10;
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(1)}`;
}

/**
 * The lift of one window in plain words: too early while the imported orders do not reach the window's end,
 * "no measurable effect" while the 95% interval of the rate difference includes zero, else the difference
 * in percentage points, likely real.
 */
export function liftVerdict(input: VerdictInput): LiftVerdict {
  if (input.holdoutPeople === 0) return { code: 'no_holdout', message: campaignMessage('verdict.no_holdout') };
  if (!input.complete) return { code: 'too_early', message: campaignMessage('verdict.too_early', { days: input.days, endDay: input.endDay }) };
  const interval = input.rateDifferenceInterval;
  if (input.rateDifference === null || !interval || (interval.low <= 0 && interval.high >= 0)) {
    return { code: 'no_measurable_effect', message: campaignMessage('verdict.no_measurable_effect') };
  }
  const code = interval.low > 0 ? 'likely_real_gain' : 'likely_real_loss';
  return { code, message: campaignMessage(`verdict.${code}`, { points: signedPoints(input.rateDifference) }) };
}
