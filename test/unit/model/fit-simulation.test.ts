import { describe, expect, it } from 'vitest';
import type { BgnbdParams } from '../../../src/main/model/bgnbd-likelihood.ts';
import { fitBgnbd } from '../../../src/main/model/fit-bgnbd.ts';
import { fitGammaGamma } from '../../../src/main/model/fit-gamma-gamma.ts';
import { spendData, type GammaGammaParams } from '../../../src/main/model/gamma-gamma-likelihood.ts';
import { groupHistories } from '../../../src/main/model/histories.ts';
import { simulateCustomers } from '../../fixtures/bgnbd-simulator.ts';

interface Scenario {
  name: string;
  customers: number;
  bgnbd: BgnbdParams;
  gammaGamma: GammaGammaParams;
  minT: number;
  maxT: number;
  seed: number;
  /**
   * Small samples: the Wald interval is taken on the log scale the fit works in (θ = ln param,
   * sd(θ) = SE/param), where the likelihood is close to quadratic; on the raw scale it is lopsided.
   */
  logScale?: boolean;
}

function within3Se(estimate: number, truth: number, se: number, logScale: boolean): boolean {
  return logScale ? Math.abs(Math.log(estimate) - Math.log(truth)) < (3 * se) / estimate : Math.abs(estimate - truth) < 3 * se;
}

const scenarios: Scenario[] = [
  { name: 'CDNOW-like, a < 1', customers: 6000, bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 }, minT: 26, maxT: 78, seed: 101 },
  { name: 'frequent buyers, low dropout', customers: 5000, bgnbd: { r: 2, alpha: 6, a: 1.5, b: 12 }, gammaGamma: { p: 3, q: 5, gamma: 100 }, minT: 10, maxT: 52, seed: 202 },
  { name: 'strong a < 1, heavy dropout', customers: 8000, bgnbd: { r: 0.6, alpha: 3, a: 0.4, b: 0.9 }, gammaGamma: { p: 10, q: 2.5, gamma: 40 }, minT: 4, maxT: 104, seed: 303 },
  { name: 'small shop', customers: 400, bgnbd: { r: 0.8, alpha: 5, a: 0.9, b: 3 }, gammaGamma: { p: 4, q: 4, gamma: 60 }, minT: 8, maxT: 60, seed: 404, logScale: true },
];

describe.each(scenarios)('recovers simulated parameters: $name', (s) => {
  const sims = simulateCustomers({ customers: s.customers, bgnbd: s.bgnbd, gammaGamma: s.gammaGamma, minT: s.minT, maxT: s.maxT, seed: s.seed });

  it('BG/NBD within 3 standard errors', () => {
    const fit = fitBgnbd(groupHistories(sims), 0.01)!;
    expect(fit.converged).toBe(true);
    expect(fit.standardErrors).not.toBeNull();
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(within3Se(fit.params[k], s.bgnbd[k], fit.standardErrors![k], s.logScale ?? false), `${k}: ${fit.params[k]} ± ${fit.standardErrors![k]}`).toBe(true);
    }
  });

  it('Gamma-Gamma within 3 standard errors', () => {
    const fit = fitGammaGamma(spendData(sims), 0.01)!;
    expect(fit.converged).toBe(true);
    for (const k of ['p', 'q', 'gamma'] as const) {
      expect(within3Se(fit.params[k], s.gammaGamma[k], fit.standardErrors![k], s.logScale ?? false), `${k}: ${fit.params[k]} ± ${fit.standardErrors![k]}`).toBe(true);
    }
  });
});

describe('fitting', () => {
  it('reaches the same optimum from the grouped and the ungrouped data', () => {
    const sims = simulateCustomers({ customers: 3000, bgnbd: { r: 0.5, alpha: 4, a: 0.8, b: 3 }, minT: 20, maxT: 60, seed: 505, resolution: 1 / 7 });
    const grouped = groupHistories(sims);
    expect(grouped.x.length).toBeLessThan(sims.length);
    const one = fitBgnbd(grouped, 0.01)!;
    // Ungrouped: every customer its own row, as if no two were alike.
    const ungrouped = { ...grouped, x: Float64Array.from(sims, (h) => h.x), count: new Float64Array(sims.length).fill(1), xIndex: Int32Array.from(sims, (h) => [...grouped.distinctX].indexOf(h.x)), TIndex: Int32Array.from(sims, (h) => [...grouped.times].indexOf(h.T)), txIndex: Int32Array.from(sims, (h) => [...grouped.times].indexOf(h.x > 0 ? h.tx : 0)) };
    const two = fitBgnbd(ungrouped, 0.01)!;
    expect(two.logLik).toBeCloseTo(one.logLik, 5);
    expect(two.params.r).toBeCloseTo(one.params.r, 4);
    expect(two.params.b).toBeCloseTo(one.params.b, 3);
  });

  it('the penalty pulls log-parameters towards 0 and a larger penalty pulls harder', () => {
    const sims = simulateCustomers({ customers: 60, bgnbd: { r: 0.3, alpha: 8, a: 0.5, b: 4 }, minT: 10, maxT: 50, seed: 606 });
    const data = groupHistories(sims);
    const plain = fitBgnbd(data, 0)!;
    const strong = fitBgnbd(data, 5)!;
    expect(Math.abs(Math.log(strong.params.alpha))).toBeLessThan(Math.abs(Math.log(plain.params.alpha)));
    expect(strong.logLik).toBeLessThan(plain.logLik);
  });
});
