import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildJourneys, stageCountsOn } from '../../../src/main/engine/journeys.ts';
import { historyOf } from './engine-helpers.ts';
import type { EffectiveThresholds } from '../../../src/main/engine/thresholds.ts';
import { STAGES, type Stage } from '../../../src/shared/domain/lifecycle.ts';

/**
 * The stage rules written directly as a definition (no replay): the stage on `day` given the
 * purchase occasion days (ascending). The engine's replay must agree with it on every day.
 */
function stageOn(occasions: number[], knownFrom: number, day: number, t: EffectiveThresholds): Stage | null {
  if (day < knownFrom) return null;
  const past = occasions.filter((d) => d <= day);
  const n = past.length;
  if (n === 0) return 'prospect';
  for (let i = n - 1; i >= 1; i -= 1) {
    if (day - past[i] <= t.reactivation && stageOn(occasions, knownFrom, past[i] - 1, t) === 'lapsed') return 'reactivated';
  }
  const gaps = past.slice(1).map((d, i) => d - past[i]).sort((a, b) => a - b);
  const medianGap = gaps.length ? (gaps.length % 2 ? gaps[gaps.length >> 1] : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2) : 0;
  const scale = n >= 3 ? Math.max(1, (2 * medianGap) / t.lapse) : 1;
  const since = day - past[n - 1];
  if (since > t.lapse * scale) return 'lapsed';
  if (n === 1) return since > t.window ? 'at_risk' : 'new';
  if (since > t.atRisk * scale) return 'at_risk';
  return n >= t.loyal ? 'loyal' : 'repeat';
}

/** Thresholds in the order deriveThresholds keeps them: window < at-risk < lapse; reactivation up to the window. */
const thresholdsArb = fc
  .record({ window: fc.integer({ min: 1, max: 60 }), atRiskAfter: fc.integer({ min: 1, max: 40 }), lapseAfter: fc.integer({ min: 1, max: 40 }), loyal: fc.integer({ min: 2, max: 5 }), reactivationShare: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ window, atRiskAfter, lapseAfter, loyal, reactivationShare }): EffectiveThresholds => {
    const atRisk = window + atRiskAfter;
    return { window, atRisk, lapse: atRisk + lapseAfter, loyal, reactivation: Math.max(1, Math.round(reactivationShare * window)) };
  });

const customerArb = fc.record({
  occasions: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 7 }).map((a) => a.sort((x, y) => x - y)),
  exported: fc.boolean(),
  earlierContact: fc.integer({ min: 0, max: 30 }),
});

describe('journeys (property tests)', () => {
  it('puts each customer in exactly one stage on every day, the one the rules define', () => {
    fc.assert(
      fc.property(fc.array(customerArb, { minLength: 1, maxLength: 8 }), thresholdsArb, fc.integer({ min: 0, max: 500 }), (customers, t, asOf) => {
        const history = historyOf(customers, asOf);
        const j = buildJourneys(history, t);
        customers.forEach((c, i) => {
          const known = history.knownFrom[i];
          if (known > asOf) {
            expect(j.startOf[i + 1] - j.startOf[i]).toBe(0);
            return;
          }
          let expectedDay = known;
          for (let k = j.startOf[i]; k < j.startOf[i + 1]; k += 1) {
            expect(j.from[k]).toBe(expectedDay);
            expect(j.to[k]).toBeGreaterThanOrEqual(j.from[k]);
            if (k > j.startOf[i]) expect(j.stage[k]).not.toBe(j.stage[k - 1]);
            for (let d = j.from[k]; d <= j.to[k]; d += 1) expect(STAGES[j.stage[k]]).toBe(stageOn(c.occasions, known, d, t));
            expectedDay = j.to[k] + 1;
          }
          expect(expectedDay).toBe(asOf + 1);
          expect(STAGES[j.current[i]]).toBe(stageOn(c.occasions, known, asOf, t));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('stage counts taken from the histories equal the current stages on the as-of day', () => {
    fc.assert(
      fc.property(fc.array(customerArb, { minLength: 1, maxLength: 30 }), thresholdsArb, fc.integer({ min: 0, max: 500 }), (customers, t, asOf) => {
        const history = historyOf(customers, asOf);
        const j = buildJourneys(history, t);
        const [counts] = stageCountsOn(j, [asOf]);
        const current = STAGES.map((_, s) => Array.from(j.current).filter((c) => c === s).length);
        expect(counts).toEqual(current);
      }),
      { numRuns: 300 },
    );
  });
});
