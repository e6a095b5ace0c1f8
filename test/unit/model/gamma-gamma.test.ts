import { describe, expect, it } from 'vitest';
import { gammaGammaLogLikelihood, gammaGammaSumLogLikelihood, spendData, type GammaGammaParams } from '../../../src/main/model/gamma-gamma-likelihood.ts';
import { expectedOrderValue, populationMeanOrderValue } from '../../../src/main/model/gamma-gamma-predict.ts';
import { pearson } from '../../../src/main/model/pearson.ts';
import { simulateCustomers } from '../../fixtures/bgnbd-simulator.ts';

const params: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('Gamma-Gamma', () => {
  it('expects 35.22 from a customer with no repeat purchase (docs/models.md check)', () => {
    expect(populationMeanOrderValue(params)).toBeCloseTo(35.22, 2);
    expect(expectedOrderValue(params, 0, 0)).toBeCloseTo(35.22, 2);
  });

  it('moves from the population mean towards the customer own mean as x grows', () => {
    const one = expectedOrderValue(params, 1, 100)!;
    const ten = expectedOrderValue(params, 10, 100)!;
    expect(one).toBeGreaterThan(35.22);
    expect(ten).toBeGreaterThan(one);
    expect(ten).toBeLessThan(100);
  });

  it('has no population mean when q ≤ 1', () => {
    expect(populationMeanOrderValue({ ...params, q: 0.9 })).toBeNull();
    expect(expectedOrderValue({ ...params, q: 0.9 }, 0, 0)).toBeNull();
  });

  it('integrates to 1 over z̄ for a fixed x (a proper density)', () => {
    let total = 0;
    const dz = 0.01;
    for (let z = dz / 2; z < 400; z += dz) total += Math.exp(gammaGammaLogLikelihood(params, 3, z)) * dz;
    expect(total).toBeCloseTo(1, 3); // the heavy tail beyond 400 holds ~3e-4
  });

  it('the analytic gradient matches central finite differences, and the sum matches per customer', () => {
    const sims = simulateCustomers({ customers: 300, bgnbd: { r: 1, alpha: 5, a: 1, b: 4 }, gammaGamma: params, minT: 20, maxT: 60, seed: 11 });
    const data = spendData(sims);
    const theta = [Math.log(5), Math.log(3), Math.log(20)];
    const g = new Float64Array(3);
    const ll = gammaGammaSumLogLikelihood(theta, data, g);
    const plain = sims.filter((s) => s.x > 0).reduce((s, h) => s + gammaGammaLogLikelihood({ p: 5, q: 3, gamma: 20 }, h.x, h.repeatMean), 0);
    expect(ll).toBeCloseTo(plain, 6);
    const scratch = new Float64Array(3);
    for (let i = 0; i < 3; i += 1) {
      const up = [...theta];
      const down = [...theta];
      up[i] += 1e-6;
      down[i] -= 1e-6;
      const numeric = (gammaGammaSumLogLikelihood(up, data, scratch) - gammaGammaSumLogLikelihood(down, data, scratch)) / 2e-6;
      expect(Math.abs(g[i] - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
    }
  });

  it('the analytic Hessian matches finite differences of the gradient', () => {
    const sims = simulateCustomers({ customers: 300, bgnbd: { r: 1, alpha: 5, a: 1, b: 4 }, gammaGamma: params, minT: 20, maxT: 60, seed: 13 });
    const data = spendData(sims);
    const theta = [Math.log(4), Math.log(2.5), Math.log(25)];
    const h = new Float64Array(9);
    gammaGammaSumLogLikelihood(theta, data, new Float64Array(3), h);
    const up = new Float64Array(3);
    const down = new Float64Array(3);
    for (let j = 0; j < 3; j += 1) {
      const plus = [...theta];
      const minus = [...theta];
      plus[j] += 1e-6;
      minus[j] -= 1e-6;
      gammaGammaSumLogLikelihood(plus, data, up);
      gammaGammaSumLogLikelihood(minus, data, down);
      for (let i = 0; i < 3; i += 1) {
        const numeric = (up[i] - down[i]) / 2e-6;
        expect(Math.abs(h[i * 3 + j] - numeric)).toBeLessThan(1e-4 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it('checks that spend and frequency are nearly uncorrelated in simulated data', () => {
    const sims = simulateCustomers({ customers: 5000, bgnbd: { r: 1, alpha: 5, a: 1, b: 4 }, gammaGamma: params, minT: 20, maxT: 60, seed: 12 });
    const data = spendData(sims);
    expect(Math.abs(pearson(data.x, data.zbar)!)).toBeLessThan(0.1);
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});
