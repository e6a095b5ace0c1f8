/**
 * Model benchmark: fit BG/NBD + Gamma-Gamma on 100,000 simulated customers (times on a whole-day grid,
 * as the engine measures frequency and recency), compare with a plain Nelder-Mead fit of the same penalised likelihoods on the
 * same prepared data in the same run, and time scoring every customer.
 * Targets: whole fit (frequency and recency to parameters, standard errors, verdict) < 0.5 s; ≥ 10x faster than Nelder-Mead.
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

const CUSTOMERS = 100_000;
const penalty = defaultModelSettings.penalty;
const sims = simulateCustomers({ customers: CUSTOMERS, bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 }, minT: 4, maxT: 104, seed: 2026, resolution: 1 / 7 });
const buyers: CustomerFrequencyRecency[] = sims.map((s, i) => ({ customerId: i + 1, x: s.x, txDays: Math.round(s.tx * 7), TDays: Math.round(s.T * 7), repeatMean: s.repeatMean }));
const histories: PurchaseHistory[] = buyers.map((s) => ({ x: s.x, tx: s.txDays / 7, T: s.TDays / 7, repeatMean: s.repeatMean }));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed<T>(runs: number, f: () => T): { ms: number; value: T } {
  let value = f(); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    value = f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
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

const fit = whole.value;
const bg = fit.bgnbd!;
const gg = fit.gammaGamma!;
const ratio = baseline.ms / ours.ms;
console.log(`customers: ${CUSTOMERS}, repeat buyers: ${fit.repeatCustomers}, distinct (x, t_x, T) rows: ${grouped.x.length}`);
console.log(`BG/NBD (weeks): r=${bg.r.toFixed(4)} alpha=${bg.alpha.toFixed(3)} a=${bg.a.toFixed(4)} b=${bg.b.toFixed(4)} logLik=${bg.logLik.toFixed(2)}, Newton iterations ${ours.value.bg.iterations}`);
console.log(`Gamma-Gamma: p=${gg.p.toFixed(3)} q=${gg.q.toFixed(3)} gamma=${gg.gamma.toFixed(3)}, Newton iterations ${ours.value.gg.iterations}`);
console.log(`Nelder-Mead: ${baseline.value.bg.evaluations} + ${baseline.value.gg.evaluations} evaluations; BG/NBD at ${baseline.value.bg.x.map((v) => Math.exp(v).toFixed(4)).join(', ')}`);
console.log(`whole fit (frequency and recency -> both models, standard errors, verdict): ${whole.ms.toFixed(1)} ms (target < 500 ms) ${whole.ms < 500 ? 'OK' : 'SLOW'}`);
console.log(`maximum likelihood, both models, same prepared data: Newton ${ours.ms.toFixed(1)} ms vs Nelder-Mead ${baseline.ms.toFixed(1)} ms`);
console.log(`speed-up vs Nelder-Mead: ${ratio.toFixed(1)}x (target >= 10x) ${ratio >= 10 ? 'OK' : 'BELOW TARGET'}`);
console.log(`score all ${scoring.value.length} customers (P(alive), E[Y] 30/90/365, E(Z), 12-month CLV, next order): ${scoring.ms.toFixed(1)} ms`);
