import { describe, expect, it } from 'vitest';
import { paretoNbdGroupedLogLikelihood, paretoNbdLogLikelihood, type ParetoNbdParams } from '../../../src/main/model/pareto-nbd-likelihood.ts';
import { paretoExpectedPurchases, paretoExpectedPurchasesNewCustomer, paretoMedianTimeToNextPurchase, paretoPAlive } from '../../../src/main/model/pareto-nbd-predict.ts';
import { fitParetoNbd } from '../../../src/main/model/fit-pareto-nbd.ts';
import { groupHistories, type PurchaseHistory } from '../../../src/main/model/histories.ts';
import { logHyp2f1Unit } from '../../../src/main/model/hypergeometric.ts';
import { simulateParetoNbdCustomers } from '../../fixtures/pareto-nbd-simulator.ts';

// docs/models.md, "Pareto/NBD": the published CDNOW fit (weeks) and its check values, 8 significant digits.
const cdnow: ParetoNbdParams = { r: 0.5534, alpha: 10.5776, s: 0.6061, beta: 11.665 };
const checks: { x: number; tx: number; T: number; pAlive: number; expected39: number; logLik: number }[] = [
  { x: 0, tx: 0, T: 38.86, pAlive: 0.29508751, expected39: 0.1070831, logLik: -0.52131144 },
  { x: 2, tx: 30.43, T: 38.86, pAlive: 0.86913219, expected39: 1.4552433, logLik: -9.5541854 },
  { x: 2, tx: 10, T: 38.86, pAlive: 0.26871855, expected39: 0.44993257, logLik: -8.3803547 },
  { x: 7, tx: 35, T: 38.86, pAlive: 0.93606471, expected39: 4.6363828, logLik: -21.816332 },
  { x: 50, tx: 38, T: 39, pAlive: 0.97916536, expected39: 32.380881, logLik: -50.646904 },
];

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('Pareto/NBD check values (docs/models.md)', () => {
  it.each(checks)('x=$x, t_x=$tx, T=$T: P(alive), E[Y(39)] and ln L to 8 digits', (c) => {
    expect(relative(paretoPAlive(cdnow, c.x, c.tx, c.T), c.pAlive)).toBeLessThan(5e-8);
    expect(relative(paretoExpectedPurchases(cdnow, 39, c.x, c.tx, c.T), c.expected39)).toBeLessThan(5e-8);
    expect(relative(paretoNbdLogLikelihood(cdnow, c.x, c.tx, c.T), c.logLik)).toBeLessThan(5e-8);
  });

  it('E[X(t)] at t = 1, 39, 78', () => {
    [1, 39, 78].forEach((t, i) => expect(relative(paretoExpectedPurchasesNewCustomer(cdnow, t), [0.05101801, 1.2136996, 1.9103824][i])).toBeLessThan(5e-8));
  });

  it('a one-time buyer is not certainly active: P(alive | x = 0) falls with the time since the purchase', () => {
    expect(paretoPAlive(cdnow, 0, 0, 4)).toBeLessThan(1);
    expect(paretoPAlive(cdnow, 0, 0, 104)).toBeLessThan(paretoPAlive(cdnow, 0, 0, 38.86));
    expect(paretoPAlive(cdnow, 0, 0, 104)).toBeLessThan(0.2);
  });

  it('median time to the next purchase of an alive customer is (α+T)(2^(1/(r+x)) - 1)', () => {
    expect(paretoMedianTimeToNextPurchase(cdnow, 2, 38.86)).toBeCloseTo((10.5776 + 38.86) * (Math.pow(2, 1 / 2.5534) - 1), 10);
  });
});

describe('numerical behaviour', () => {
  it('is continuous where α crosses β (the hypergeometric form switches there)', () => {
    const below = { ...cdnow, alpha: cdnow.beta * (1 - 1e-9) };
    const above = { ...cdnow, alpha: cdnow.beta * (1 + 1e-9) };
    for (const [x, tx, T] of [[0, 0, 30], [3, 12, 40], [40, 39, 40]]) {
      expect(paretoNbdLogLikelihood(below, x, tx, T)).toBeCloseTo(paretoNbdLogLikelihood(above, x, tx, T), 6);
      expect(paretoPAlive(below, x, tx, T)).toBeCloseTo(paretoPAlive(above, x, tx, T), 7);
    }
  });

  it('stays finite for hundreds of purchases on both sides of α = β', () => {
    for (const params of [cdnow, { ...cdnow, alpha: 3 }, { ...cdnow, beta: 2 }]) {
      for (const x of [200, 1000]) {
        expect(Number.isFinite(paretoNbdLogLikelihood(params, x, 38, 40))).toBe(true);
        const p = paretoPAlive(params, x, 38, 40);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(paretoPAlive(params, x, 40, 40)).toBe(1);
        expect(Number.isFinite(paretoExpectedPurchases(params, 39, x, 38, 40))).toBe(true);
      }
    }
  });

  it('ln 2F1(1, d; c; z) agrees with the plain series and its derivatives with finite differences', () => {
    const plain = (d: number, c: number, z: number) => {
      let term = 1;
      let sum = 1;
      for (let k = 0; k < 5000; k += 1) sum += term *= ((d + k) * z) / (c + k);
      return Math.log(sum);
    };
    const out = { value: 0, dd: 0, dc: 0, dz: 0 };
    for (const [d, c, z] of [[2.5, 4.1, 0.3], [50.5, 52.2, 0.9], [1.6, 3.2, 0.05]]) {
      logHyp2f1Unit(d, c, z, out);
      const h = 1e-6;
      expect(out.value).toBeCloseTo(plain(d, c, z), 12);
      expect(out.dd).toBeCloseTo((plain(d + h, c, z) - plain(d - h, c, z)) / (2 * h), 6);
      expect(out.dc).toBeCloseTo((plain(d, c + h, z) - plain(d, c - h, z)) / (2 * h), 6);
      expect(out.dz).toBeCloseTo((plain(d, c, z + h) - plain(d, c, z - h)) / (2 * h), 5);
    }
  });

  const histories: PurchaseHistory[] = [
    { x: 0, tx: 0, T: 38.86, repeatMean: 0 },
    { x: 0, tx: 0, T: 38.86, repeatMean: 0 },
    { x: 2, tx: 30.43, T: 38.86, repeatMean: 0 },
    { x: 7, tx: 35, T: 38.86, repeatMean: 0 },
    { x: 50, tx: 38, T: 39, repeatMean: 0 },
    { x: 3, tx: 20, T: 20, repeatMean: 0 },
  ];

  it.each([cdnow, { ...cdnow, alpha: 6 }])('the grouped likelihood is the sum over customers and its gradient matches central differences (α=$alpha)', (params) => {
    const grouped = groupHistories(histories);
    const theta = [Math.log(params.r), Math.log(params.alpha), Math.log(params.s), Math.log(params.beta)];
    const gradient = new Float64Array(4);
    const ll = paretoNbdGroupedLogLikelihood(theta, grouped, gradient);
    expect(ll).toBeCloseTo(histories.reduce((sum, h) => sum + paretoNbdLogLikelihood(params, h.x, h.tx, h.T), 0), 9);
    const ignored = new Float64Array(4);
    theta.forEach((_, i) => {
      const up = [...theta];
      const down = [...theta];
      up[i] += 1e-6;
      down[i] -= 1e-6;
      const numeric = (paretoNbdGroupedLogLikelihood(up, grouped, ignored) - paretoNbdGroupedLogLikelihood(down, grouped, ignored)) / 2e-6;
      expect(gradient[i]).toBeCloseTo(numeric, 5);
    });
  });
});

interface Scenario {
  name: string;
  customers: number;
  params: ParetoNbdParams;
  minT: number;
  maxT: number;
  seed: number;
  /** Small samples: the interval on the log scale the fit works in (sd(ln θ) = SE/θ). */
  logScale?: boolean;
}

const scenarios: Scenario[] = [
  { name: 'CDNOW-like', customers: 5000, params: cdnow, minT: 26, maxT: 78, seed: 12 },
  { name: 'frequent buyers, long lives', customers: 4000, params: { r: 2, alpha: 8, s: 1.5, beta: 60 }, minT: 10, maxT: 52, seed: 22 },
  { name: 'α below β, quick dropout', customers: 6000, params: { r: 0.8, alpha: 3, s: 1.2, beta: 12 }, minT: 4, maxT: 104, seed: 33 },
  { name: 'small shop', customers: 400, params: { r: 0.9, alpha: 6, s: 0.8, beta: 15 }, minT: 8, maxT: 60, seed: 44, logScale: true },
];

describe.each(scenarios)('recovers simulated Pareto/NBD parameters: $name', (s) => {
  it('within 3 standard errors, at a likelihood no lower than the true parameters give', () => {
    const sims = simulateParetoNbdCustomers({ customers: s.customers, paretoNbd: s.params, minT: s.minT, maxT: s.maxT, seed: s.seed });
    const fit = fitParetoNbd(groupHistories(sims), 0.01)!;
    expect(fit.converged).toBe(true);
    expect(fit.logLik).toBeGreaterThanOrEqual(sims.reduce((sum, c) => sum + paretoNbdLogLikelihood(s.params, c.x, c.tx, c.T), 0) - 1e-6);
    expect(fit.standardErrors).not.toBeNull();
    for (const k of ['r', 'alpha', 's', 'beta'] as const) {
      const [estimate, truth, se] = [fit.params[k], s.params[k], fit.standardErrors![k]];
      const ok = s.logScale ? Math.abs(Math.log(estimate) - Math.log(truth)) < (3 * se) / estimate : Math.abs(estimate - truth) < 3 * se;
      expect(ok, `${k}: ${estimate} ± ${se} (true ${truth})`).toBe(true);
    }
  });
});
