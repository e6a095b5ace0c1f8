/**
 * Model benchmark: fit BG/NBD + Gamma-Gamma on 100,000 simulated customers (times on a whole-day grid,
 * as the engine measures frequency and recency), compare with a plain Nelder-Mead fit of the same penalised likelihoods on the
 * same prepared data in the same run, and time scoring every customer. Then the shop's whole model as a recompute
 * makes it from 100,000 customers' purchase days: both purchase models on the calibration period, their backtest on
 * the 180-day holdout, both again on all data, Gamma-Gamma, the choice (issue 15).
 * Targets: both purchase models and the choice < 1 s (issue 15), with and without the shop's history; Newton ≥ 10x
 * faster than Nelder-Mead. Wall-clock and CPU time are printed: on a shared machine the gap is other work.
 * Run: npm run bench:model
 */
import { performance } from 'node:perf_hooks';
import { simulateCustomers } from '../fixtures/bgnbd-simulator.ts';
import { nelderMead } from './nelder-mead.ts';
import { fitShopModel, scoreCustomers } from '../../src/main/model/shop-model.ts';
import { defaultModelSettings } from '../../src/shared/domain/model.ts';
import { groupHistories, type PurchaseHistory } from '../../src/main/model/histories.ts';
import { bgnbdGroupedLogLikelihood } from '../../src/main/model/bgnbd-likelihood.ts';
import { gammaGammaSumLogLikelihood, spendData } from '../../src/main/model/gamma-gamma-likelihood.ts';
import { fitBgnbd } from '../../src/main/model/fit-bgnbd.ts';
import { fitGammaGamma } from '../../src/main/model/fit-gamma-gamma.ts';
import type { CustomerFrequencyRecency } from '../../src/main/model/customer-frequency-recency.ts';
import { frequencyRecencyOf } from '../../src/main/engine/frequency-recency.ts';
import { modelInputsFrom } from '../../src/main/model/model-inputs.ts';
import type { ShopHistory } from '../../src/main/engine/shop-history.ts';
import gammaRandom from '@stdlib/random-base-gamma';
import betaRandom from '@stdlib/random-base-beta';
import exponentialRandom from '@stdlib/random-base-exponential';

const CUSTOMERS = 100_000;
const penalty = defaultModelSettings.penalty;
const sims = simulateCustomers({ customers: CUSTOMERS, bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 }, minT: 4, maxT: 104, seed: 2026, resolution: 1 / 7 });
const buyers: CustomerFrequencyRecency[] = sims.map((s, i) => ({ customerId: i + 1, x: s.x, txDays: Math.round(s.tx * 7), TDays: Math.round(s.T * 7), repeatMean: s.repeatMean }));
const histories: PurchaseHistory[] = buyers.map((s) => ({ x: s.x, tx: s.txDays / 7, T: s.TDays / 7, repeatMean: s.repeatMean }));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall-clock time and median CPU time of this process (the latter shows what other work on a shared machine added). */
function timed<T>(runs: number, f: () => T): { ms: number; cpuMs: number; value: T } {
  let value = f(); // warm-up (JIT)
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = f();
    times.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), value };
}

const grouped = groupHistories(histories);
const spend = spendData(histories);
const unit = spend.zbar.reduce((s, z) => s + z, 0) / spend.x.length;
const scaledSpend = { ...spend, zbar: spend.zbar.map((z) => z / unit), lnZbar: spend.lnZbar.map((l) => l - Math.log(unit)) };

const whole = timed(5, () => fitShopModel(buyers, defaultModelSettings, null));
const ours = timed(5, () => ({ bg: fitBgnbd(grouped, penalty)!, gg: fitGammaGamma(spend, penalty)! }));
const scratch4 = new Float64Array(4);
const scratch3 = new Float64Array(3);
const squares = (theta: number[]) => theta.reduce((s, t) => s + t * t, 0);
const baseline = timed(3, () => ({
  bg: nelderMead((theta) => (-bgnbdGroupedLogLikelihood(theta, grouped, scratch4, null) + penalty * squares(theta)) / grouped.customers, [0, Math.log(4), 0, Math.log(3)]),
  gg: nelderMead((theta) => (-gammaGammaSumLogLikelihood(theta, scaledSpend, scratch3, null) + penalty * squares(theta)) / scaledSpend.x.length, [0, Math.log(2), 0]),
}));
const scoring = timed(1, () => scoreCustomers(whole.value, buyers));

/** 100,000 customers' purchase days (BG/NBD story, CDNOW parameters in weeks), first purchases over two years before the as-of day. */
function simulatedHistory(customers: number, seed: number): ShopHistory {
  const gamma = gammaRandom.factory({ seed });
  const beta = betaRandom.factory({ seed: seed + 1 });
  const exponential = exponentialRandom.factory({ seed: seed + 2 });
  const uniform = betaRandom.factory(1, 1, { seed: seed + 3 });
  const asOf = 20_000;
  const start = [0];
  const days: number[] = [];
  for (let c = 0; c < customers; c += 1) {
    const lambda = gamma(0.243, 4.414) / 7;
    const p = beta(0.793, 2.426);
    let t = asOf - 28 - Math.floor(uniform() * 700);
    days.push(t);
    let last = t;
    for (;;) {
      t += exponential(lambda);
      if (!(t <= asOf + 1)) break;
      const day = Math.floor(t);
      if (day > asOf) break;
      if (day > last) days.push((last = day));
      if (uniform() < p) break;
    }
    start.push(days.length);
  }
  const n = customers;
  return {
    asOf,
    shopStart: asOf - 728,
    customerIds: Int32Array.from({ length: n }, (_, i) => i + 1),
    knownFrom: new Int32Array(n),
    start: Int32Array.from(start),
    day: Int32Array.from(days),
    net: Float64Array.from(days, () => Math.round(100 * gamma(6.25, gamma(3.74, 15.44)))),
    orders: Int32Array.from({ length: n }, (_, i) => start[i + 1] - start[i]),
    firstOrderId: new Int32Array(n),
    firstDiscount: new Array(n).fill(null),
    firstChannel: new Array(n).fill(null),
  };
}

const shopHistory = simulatedHistory(CUSTOMERS, 77);
const shopInputs = modelInputsFrom(frequencyRecencyOf(shopHistory));
// The choice is kept for an unchanged history and penalty (model-choice.ts): a penalty differing in the 12th digit each run makes every run choose afresh.
let run = 0;
const chosen = timed(3, () => fitShopModel(shopInputs.buyers, { ...defaultModelSettings, penalty: defaultModelSettings.penalty + (run += 1) * 1e-12 }, 40, '2024-10-04', shopHistory));

const fit = whole.value;
const bg = fit.bgnbd!;
const gg = fit.gammaGamma!;
const ratio = baseline.ms / ours.ms;
console.log(`customers: ${CUSTOMERS}, repeat buyers: ${fit.repeatCustomers}, distinct (x, t_x, T) rows: ${grouped.x.length}`);
console.log(`BG/NBD (weeks): r=${bg.r.toFixed(4)} alpha=${bg.alpha.toFixed(3)} a=${bg.a.toFixed(4)} b=${bg.b.toFixed(4)} logLik=${bg.logLik.toFixed(2)}, Newton iterations ${ours.value.bg.iterations}`);
console.log(`Gamma-Gamma: p=${gg.p.toFixed(3)} q=${gg.q.toFixed(3)} gamma=${gg.gamma.toFixed(3)}, Newton iterations ${ours.value.gg.iterations}`);
console.log(`Nelder-Mead: ${baseline.value.bg.evaluations} + ${baseline.value.gg.evaluations} evaluations; BG/NBD at ${baseline.value.bg.x.map((v) => Math.exp(v).toFixed(4)).join(', ')}`);
console.log(`whole fit without the shop's history (frequency and recency -> BG/NBD, Pareto/NBD, Gamma-Gamma, standard errors, choice by likelihood, verdict): ${whole.ms.toFixed(1)} ms, CPU ${whole.cpuMs.toFixed(1)} ms (target < 1000 ms) ${whole.ms < 1000 ? 'OK' : 'SLOW'}`);
console.log(`maximum likelihood, both models, same prepared data: Newton ${ours.ms.toFixed(1)} ms vs Nelder-Mead ${baseline.ms.toFixed(1)} ms`);
console.log(`speed-up vs Nelder-Mead: ${ratio.toFixed(1)}x (target >= 10x) ${ratio >= 10 ? 'OK' : 'BELOW TARGET'}`);
const choice = chosen.value.choice;
const pn = chosen.value.paretoNbd!;
console.log(`Pareto/NBD (weeks, the choice's shop): r=${pn.r.toFixed(4)} alpha=${pn.alpha.toFixed(3)} s=${pn.s.toFixed(4)} beta=${pn.beta.toFixed(3)} logLik=${pn.logLik.toFixed(2)}, BFGS iterations ${pn.iterations}`);
console.log(`choice: ${chosen.value.chosenModel} by ${choice.basis} on ${choice.customers} customers over ${choice.holdoutDays} days: error per customer BG/NBD ${choice.bgnbd?.meanAbsoluteError.toFixed(4)}, Pareto/NBD ${choice.paretoNbd?.meanAbsoluteError.toFixed(4)}, naive ${choice.naive?.meanAbsoluteError.toFixed(4)}`);
console.log(`both purchase models and the choice (calibration fits, 180-day backtest, fits on all data, Gamma-Gamma, verdict): ${chosen.ms.toFixed(1)} ms, CPU ${chosen.cpuMs.toFixed(1)} ms (target < 1000 ms) ${chosen.ms < 1000 ? 'OK' : 'SLOW'}`);
console.log(`score all ${scoring.value.length} customers (P(alive), E[Y] 30/90/365, E(Z), 12-month CLV, next order): ${scoring.ms.toFixed(1)} ms`);
