import { describe, expect, it } from 'vitest';
import { newcombeDifference, welchDifference, wilsonInterval } from '../../../src/main/campaigns/lift-statistics.ts';
import { liftVerdict, signedPoints } from '../../../src/main/campaigns/lift-verdict.ts';

describe('lift statistics', () => {
  it('Wilson score interval matches the published values', () => {
    // Newcombe (1998), table I: 81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624 to 0.1605.
    const a = wilsonInterval(81, 263);
    expect(a.low).toBeCloseTo(0.2553, 4);
    expect(a.high).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(15, 148);
    expect(b.low).toBeCloseTo(0.0624, 4);
    expect(b.high).toBeCloseTo(0.1605, 4);
    expect(wilsonInterval(0, 10).low).toBe(0);
  });

  it("Newcombe's hybrid score interval for a difference matches the published example", () => {
    // Newcombe (1998), method 10: 56/70 - 48/80 = 0.2000, 95% CI 0.0524 to 0.3339.
    const { difference, interval } = newcombeDifference(56, 70, 48, 80);
    expect(difference).toBeCloseTo(0.2, 10);
    expect(interval.low).toBeCloseTo(0.0524, 4);
    expect(interval.high).toBeCloseTo(0.3339, 4);
  });

  it('Welch interval for the difference in revenue per person', () => {
    // Means 3 and 1; sample variances 1 and 1 (n = 3 each): se = sqrt(1/3 + 1/3) = 0.816497.
    const result = welchDifference([2, 3, 4], [0, 1, 2]);
    expect(result?.difference).toBe(2);
    expect(result?.interval.low).toBeCloseTo(2 - 1.959964 * 0.816497, 5);
    expect(result?.interval.high).toBeCloseTo(2 + 1.959964 * 0.816497, 5);
    expect(welchDifference([1], [1, 2])).toBeNull();
  });
});

describe('lift verdict in plain words', () => {
  const base = { days: 30, endDay: '2024-07-31', complete: true, holdoutPeople: 100 };

  it('is too early while the orders do not reach the end of the window', () => {
    expect(liftVerdict({ ...base, complete: false, rateDifference: 0.2, rateDifferenceInterval: { low: 0.1, high: 0.3 } }).message.text).toBe(
      'Too early: the 30-day window ends on 2024-07-31',
    );
  });

  it('says "no measurable effect" while the interval includes zero', () => {
    const verdict = liftVerdict({ ...base, rateDifference: 0.01, rateDifferenceInterval: { low: -0.02, high: 0.04 } });
    expect(verdict).toMatchObject({ code: 'no_measurable_effect', message: { key: 'verdict.no_measurable_effect', text: 'No measurable effect' } });
  });

  it('gives the points and "likely real" when the interval excludes zero', () => {
    const gain = liftVerdict({ ...base, rateDifference: 0.031, rateDifferenceInterval: { low: 0.01, high: 0.05 } });
    expect(gain.message).toEqual({ key: 'verdict.likely_real_gain', params: { points: '+3.1' }, text: '+3.1 points, likely real' });
    const loss = liftVerdict({ ...base, rateDifference: -0.05, rateDifferenceInterval: { low: -0.08, high: -0.02 } });
    expect(loss.code).toBe('likely_real_loss');
    expect(loss.message.params.points).toBe('−5.0');
  });

  it('cannot measure anything without a holdout', () => {
    expect(liftVerdict({ ...base, holdoutPeople: 0, rateDifference: null, rateDifferenceInterval: null }).code).toBe('no_holdout');
  });

  it('rounds points to one decimal', () => {
    expect(signedPoints(0.0349)).toBe('+3.5');
    expect(signedPoints(0)).toBe('±0.0');
  });
});
