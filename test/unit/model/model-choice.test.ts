import { describe, expect, it } from 'vitest';
import { compareOnHoldout } from '../../../src/main/model/model-choice.ts';
import { simulateCustomers } from '../../fixtures/bgnbd-simulator.ts';
import { simulateParetoNbdCustomers } from '../../fixtures/pareto-nbd-simulator.ts';

// Shops simulated from one model, with each customer's purchases in a 26-week holdout after the calibration:
// the choice by the shop's own backtest (docs/models.md, "Choosing the purchase model") should name the generating
// model in most of them. The two models differ most where many customers drop out soon (BG/NBD only right after a purchase).
const HOLDOUT_WEEKS = 26;
const seeds = [1, 2, 3, 4, 5];

describe('the purchase model chosen by the backtest', () => {
  it('is BG/NBD in most shops simulated from BG/NBD', () => {
    const chosen = seeds.map((seed) => {
      const customers = simulateCustomers({ customers: 4000, bgnbd: { r: 0.6, alpha: 3, a: 0.4, b: 0.9 }, minT: 4, maxT: 78, seed, resolution: 1 / 7, holdout: HOLDOUT_WEEKS });
      return compareOnHoldout(customers, HOLDOUT_WEEKS * 7, null, 0.01).choice.chosen;
    });
    expect(chosen.filter((c) => c === 'bgnbd').length, chosen.join(', ')).toBeGreaterThanOrEqual(4);
  });

  it('is Pareto/NBD in most shops simulated from Pareto/NBD', () => {
    const chosen = seeds.map((seed) => {
      const customers = simulateParetoNbdCustomers({ customers: 4000, paretoNbd: { r: 0.8, alpha: 3, s: 1.2, beta: 12 }, minT: 4, maxT: 78, seed, resolution: 1 / 7, holdout: HOLDOUT_WEEKS });
      return compareOnHoldout(customers, HOLDOUT_WEEKS * 7, null, 0.01).choice.chosen;
    });
    expect(chosen.filter((c) => c === 'paretoNbd').length, chosen.join(', ')).toBeGreaterThanOrEqual(4);
  });

  it('reports both models against the naive forecast, with P(alive) deciles whose buying share rises', () => {
    const customers = simulateParetoNbdCustomers({ customers: 3000, paretoNbd: { r: 0.8, alpha: 3, s: 1.2, beta: 12 }, minT: 4, maxT: 78, seed: 9, resolution: 1 / 7, holdout: HOLDOUT_WEEKS });
    const { choice } = compareOnHoldout(customers, HOLDOUT_WEEKS * 7, '2025-06-30', 0.01);
    expect(choice).toMatchObject({ basis: 'backtest', calibrationEnd: '2025-06-30', holdoutDays: 182, customers: 3000 });
    const chosen = choice[choice.chosen!]!;
    expect(chosen.meanAbsoluteError).toBeLessThan(choice.naive!.meanAbsoluteError);
    expect(Math.abs(chosen.totalError!)).toBeLessThan(0.15);
    expect(chosen.deciles).toHaveLength(10);
    expect(chosen.deciles[9].boughtShare).toBeGreaterThan(chosen.deciles[0].boughtShare);
  });

  it('withholds the comparison when the calibration period has too few repeat buyers', () => {
    const customers = Array.from({ length: 200 }, (_, i) => ({ x: i < 19 ? 1 : 0, tx: i < 19 ? 3 : 0, T: 10 + (i % 30), repeatMean: 0, holdoutPurchases: i % 7 === 0 ? 1 : 0 }));
    const { choice } = compareOnHoldout(customers, 70, null, 0.01);
    expect(choice.chosen).toBeNull();
    expect(choice.reason).toEqual({ code: 'fewCalibrationRepeatBuyers', params: { count: 19 } });
  });
});
