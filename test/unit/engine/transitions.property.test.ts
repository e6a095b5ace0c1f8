import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createShop } from '../../support/shop-builder.ts';
import { recompute, recomputeSteps } from '../../../src/main/recompute/recompute.ts';
import { writeLifecycleSettings } from '../../../src/main/engine/settings.ts';
import { stageTransitions } from '../../../src/main/engine/read/transitions.ts';
import { STAGES } from '../../../src/shared/domain/lifecycle.ts';
import { PINNED, addDays, computeAsOf } from './engine-helpers.ts';

const D0 = '2024-01-01';

describe('transitions (property test on real databases)', () => {
  it('sum, for each pair of days, to the population on the first day, and match the stage counts on both days (the model step left out: this is about the engine)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ days: fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 5 }), exported: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (customers, x, y) => {
          const shop = createShop();
          try {
            shop.batch(() => {
              for (const c of customers) {
                const id = shop.customer({ fromCustomersExport: c.exported });
                for (const d of c.days) shop.order(id, addDays(D0, d));
              }
              shop.order(shop.customer(), addDays(D0, 300));
            });
            writeLifecycleSettings(shop.db, { overrides: PINNED });
            recompute(shop.db, { steps: recomputeSteps.filter((step) => step.name !== 'model') });
            const [from, to] = [addDays(D0, Math.min(x, y)), addDays(D0, Math.max(x, y))];
            const t = stageTransitions(shop.db, from, to);
            const rows = t.matrix.map((r) => r.reduce((s, n) => s + n, 0));
            const cols = t.matrix[0].map((_, j) => t.matrix.reduce((s, r) => s + r[j], 0));
            expect(rows.reduce((s, n) => s + n, 0)).toBe(t.populationFrom);
            const entered = Object.values(t.entered).reduce((s, n) => s + n, 0);
            expect(t.populationTo).toBe(t.populationFrom + entered);
            const countsOn = (day: string) => {
              const current = computeAsOf(shop, day, PINNED).journeys.current;
              return STAGES.map((_, k) => current.filter((c) => c === k).length);
            };
            expect(rows).toEqual(countsOn(from));
            expect(cols.map((n, j) => n + t.entered[STAGES[j]])).toEqual(countsOn(to));
          } finally {
            shop.dispose();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
