import { describe, expect, it } from 'vitest';
import { bgnbdGroupedLogLikelihood, bgnbdLogLikelihood, type BgnbdParams } from '../../../src/main/model/bgnbd-likelihood.ts';
import { expectedPurchases, expectedPurchasesNewCustomer, medianTimeToNextPurchase, pAlive } from '../../../src/main/model/bgnbd-predict.ts';
import { groupHistories, type PurchaseHistory } from '../../../src/main/model/histories.ts';
import { logHyp2f1 } from '../../../src/main/model/hypergeometric.ts';
import { simulateCustomers } from '../../fixtures/bgnbd-simulator.ts';

// docs/models.md check parameters (CDNOW, weeks). The E[X(t)] checks were computed from the published
// fit's full precision; with the 3-digit values E[X(78)] differs by 0.003, outside ±0.001.
const cdnow: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const cdnowFull: BgnbdParams = { r: 0.242594, alpha: 4.413581, a: 0.792919, b: 2.425895 };

describe('BG/NBD check values (docs/models.md)', () => {
  it('E[Y(39) | x=2, t_x=30.43, T=38.86] = 1.226', () => {
    expect(Math.abs(expectedPurchases(cdnow, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(expectedPurchases(cdnowFull, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThanOrEqual(0.001);
  });

  it('P(alive) = 0.7266 and 0.6418', () => {
    expect(pAlive(cdnow, 2, 30.43, 38.86)).toBeCloseTo(0.7266, 4);
    expect(pAlive(cdnow, 7, 29.43, 38.86)).toBeCloseTo(0.6418, 4);
  });

  it('E[X(t)] at t = 1, 3, 32, 78', () => {
    const expected = [0.0532, 0.1506, 1.0437, 1.8576];
    [1, 3, 32, 78].forEach((t, i) => expect(Math.abs(expectedPurchasesNewCustomer(cdnowFull, t) - expected[i])).toBeLessThanOrEqual(0.001));
  });

  it('P(alive) is 1 for a customer with no repeat purchase', () => {
    expect(pAlive(cdnow, 0, 0, 50)).toBe(1);
  });
});

describe('numerical stability (docs/models.md)', () => {
  const p: BgnbdParams = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };

  it('ln L(x=0, t_x=0, T=40) = -0.59947382', () => {
    expect(bgnbdLogLikelihood(p, 0, 0, 40)).toBeCloseTo(-0.59947382, 8);
  });

  it('ln L(x=200, t_x=38, T=40) = 100.7957 where a naive product overflows', () => {
    expect(Math.pow(p.alpha + 40, -(p.r + 200))).toBe(0);
    expect(bgnbdLogLikelihood(p, 200, 38, 40)).toBeCloseTo(100.7957, 4);
  });

  it('E[Y(t)] stays finite and sensible for x = 200 and x = 5000', () => {
    const e200 = expectedPurchases(p, 39, 200, 38, 40);
    expect(Number.isFinite(e200)).toBe(true);
    // A customer buying 5 times a week who is alive keeps roughly that pace, less some dropout.
    expect(e200).toBeGreaterThan(0);
    expect(e200 / pAlive(p, 200, 38, 40)).toBeLessThan(39 * 5.1);
    expect(Number.isFinite(expectedPurchases(p, 52, 5000, 39.9, 40))).toBe(true);
  });

  it('ln 2F1 by the Euler transform agrees with the direct series and does not overflow', () => {
    // 2F1(1, 1; 2; z) = -ln(1-z)/z
    expect(logHyp2f1(1, 1, 2, 0.5)).toBeCloseTo(Math.log(-Math.log(0.5) / 0.5), 12);
    // 2F1(a, b; b; z) = (1-z)^-a exercises the transformed branch (c - a - b < 0).
    expect(logHyp2f1(300.25, 302.5, 302.5, 0.4)).toBeCloseTo(-300.25 * Math.log(0.6), 8);
    const big = logHyp2f1(2000.25, 2002.5, 2002.3, 0.9);
    expect(Number.isFinite(big)).toBe(true);
    expect(big).toBeGreaterThan(700);
  });

  it('is continuous through a = 1 where the closed form is 0/0', () => {
    const at = (a: number) => expectedPurchases({ ...cdnow, a }, 39, 2, 30.43, 38.86);
    expect(Math.abs(at(1) - at(0.999))).toBeLessThan(1e-3);
    expect(Math.abs(at(1) - at(1.001))).toBeLessThan(1e-3);
  });
});

describe('likelihood gradient and grouping', () => {
  const histories: PurchaseHistory[] = simulateCustomers({ customers: 400, bgnbd: cdnow, minT: 10, maxT: 60, seed: 7, resolution: 1 });

  it('the analytic gradient matches central finite differences', () => {
    const data = groupHistories(histories);
    for (const theta of [[Math.log(0.3), Math.log(5), Math.log(0.7), Math.log(2.5)], [0.4, -0.5, 0.9, 2], [-2, 3, -1, -0.5]]) {
      const g = new Float64Array(4);
      bgnbdGroupedLogLikelihood(theta, data, g);
      const scratch = new Float64Array(4);
      for (let i = 0; i < 4; i += 1) {
        const h = 1e-6;
        const up = [...theta];
        const down = [...theta];
        up[i] += h;
        down[i] -= h;
        const numeric = (bgnbdGroupedLogLikelihood(up, data, scratch) - bgnbdGroupedLogLikelihood(down, data, scratch)) / (2 * h);
        expect(Math.abs(g[i] - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it('the analytic Hessian matches finite differences of the gradient', () => {
    const data = groupHistories(histories);
    const theta = [Math.log(0.3), Math.log(5), Math.log(0.7), Math.log(2.5)];
    const h = new Float64Array(16);
    bgnbdGroupedLogLikelihood(theta, data, new Float64Array(4), h);
    const up = new Float64Array(4);
    const down = new Float64Array(4);
    for (let j = 0; j < 4; j += 1) {
      const step = 1e-6;
      const plus = [...theta];
      const minus = [...theta];
      plus[j] += step;
      minus[j] -= step;
      bgnbdGroupedLogLikelihood(plus, data, up);
      bgnbdGroupedLogLikelihood(minus, data, down);
      for (let i = 0; i < 4; i += 1) {
        const numeric = (up[i] - down[i]) / (2 * step);
        expect(Math.abs(h[i * 4 + j] - numeric)).toBeLessThan(1e-4 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it('grouped likelihood equals the sum of per-customer likelihoods', () => {
    const data = groupHistories(histories);
    expect(data.x.length).toBeLessThan(histories.length);
    const params = { r: 0.3, alpha: 5, a: 0.7, b: 2.5 };
    const theta = [params.r, params.alpha, params.a, params.b].map(Math.log);
    const grouped = bgnbdGroupedLogLikelihood(theta, data, new Float64Array(4));
    const plain = histories.reduce((s, h) => s + bgnbdLogLikelihood(params, h.x, h.x > 0 ? h.tx : 0, h.T), 0);
    expect(grouped).toBeCloseTo(plain, 6);
  });

  it('skips invalid rows instead of failing', () => {
    const data = groupHistories([{ x: 1, tx: 5, T: 3, repeatMean: 0 }, { x: -1, tx: 0, T: 3, repeatMean: 0 }, { x: 0, tx: 0, T: Number.NaN, repeatMean: 0 }, { x: 0, tx: 0, T: 4, repeatMean: 0 }]);
    expect(data.customers).toBe(1);
  });
});

describe('median time to the next purchase', () => {
  it('is the median of the Lomax waiting time of an alive customer', () => {
    const x = 3;
    const T = 20;
    const m = medianTimeToNextPurchase(cdnow, x, T);
    const survival = Math.pow((cdnow.alpha + T) / (cdnow.alpha + T + m), cdnow.r + x);
    expect(survival).toBeCloseTo(0.5, 12);
  });

  it('is longer for customers who have bought less', () => {
    expect(medianTimeToNextPurchase(cdnow, 0, 20)).toBeGreaterThan(medianTimeToNextPurchase(cdnow, 5, 20));
  });
});
