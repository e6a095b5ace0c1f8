/**
 * Lifecycle engine benchmark (issue 4): a synthetic shop of 100,000 customers / ~200,000 orders.
 * Prints the full recompute (target: under 1.5 s including journeys, RFM and cohorts), an
 * incremental recompute after one more day of orders (target: clearly faster than the full one),
 * The predictive model's step (issue 5, measured by its own benchmark) is left out of the pipeline
 * here. CPU time is printed beside wall time, as other work on the machine inflates the latter.
 * Also prints customer-list queries (target: under 100 ms each), the stored analyses and the shop summary
 * (target: under 100 ms), and peak memory; every time also as a ratio to a baseline measured in the same
 * run (one plain read of all purchases).
 *
 *     npm run bench:engine            (REGULARS_BENCH_CUSTOMERS=20000 for a quicker run)
 */
import { createShop } from '../support/shop-builder.ts';
import { recompute, recomputeSteps } from '../../src/main/recompute/recompute.ts';
import { listCustomers } from '../../src/main/engine/read/customer-list.ts';
import { dayNumber, isoDayOf } from '../../src/main/engine/days.ts';
import { lifecycleOverview } from '../../src/main/engine/read/overview.ts';
import { stageTransitions } from '../../src/main/engine/read/transitions.ts';
import { firstProducts, purchaseTiming, rfmGrid } from '../../src/main/engine/read/analyses.ts';
import { customerProfile } from '../../src/main/engine/read/customer-profile.ts';
import { shopSales } from '../../src/main/shop/shop-summary.ts';

const CUSTOMERS = Number(process.env.REGULARS_BENCH_CUSTOMERS ?? 100_000);
const FIRST_DAY = dayNumber('2022-01-01');
const LAST_DAY = dayNumber('2024-12-31');
const PRODUCTS = ['Green tea', 'Black tea', 'Oolong', 'Teapot', 'Cups', 'Matcha', 'Gift box', 'Honey'];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ms = (t0: number) => performance.now() - t0;
const fmt = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 20);

const shop = createShop();
const random = mulberry32(42);
let orders = 0;
const tBuild = performance.now();
shop.batch(() => {
  for (let c = 0; c < CUSTOMERS; c += 1) {
    const id = shop.customer({ email: `customer${c}@example.com`, firstName: `First${c % 997}`, lastName: `Last${c}`, country: ['DE', 'FR', 'US', 'VN'][c % 4], acceptsEmail: c % 3 !== 0, fromCustomersExport: c % 20 === 0 });
    if (c % 20 === 0 && random() < 0.5) continue;
    let day = FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY));
    do {
      shop.order(id, isoDayOf(day), { total: 10 + Math.round(random() * 9000) / 100, lines: [{ product: PRODUCTS[Math.floor(random() * PRODUCTS.length)], price: 20 }], discountCode: random() < 0.2 ? 'WELCOME10' : null });
      orders += 1;
      day += 5 + Math.floor(-Math.log(1 - random()) * 90);
    } while (day <= LAST_DAY && random() < 0.5);
  }
});
console.log(`synthetic shop: ${CUSTOMERS} customers, ${orders} orders (built in ${fmt(ms(tBuild))})`);

const tBase = performance.now();
const rows = shop.db.prepare('SELECT customer_id, created_day, net_cents FROM orders WHERE is_purchase = 1').raw().all().length;
const baseline = ms(tBase);
console.log(`baseline: read ${rows} purchases        ${fmt(baseline)}`);

type Outcome = ReturnType<typeof recompute>;
const phases = (o: Outcome) => o.phases.map((p) => `${p.name} ${p.ms.toFixed(0)}`).join(', ');
const engineSteps = recomputeSteps.filter((step) => step.name !== 'model');
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const tFull = performance.now();
const cpuFull = process.cpuUsage();
const full = recompute(shop.db, { full: true, steps: engineSteps });
const fullMs = ms(tFull);
const fullCpu = cpuMs(cpuFull);
sample();
console.log(`  phases (ms): ${phases(full)}`);
console.log(`full recompute                    ${fmt(fullMs)}  (${(fullMs / baseline).toFixed(1)}x baseline; CPU ${fullCpu.toFixed(0)} ms; target < 1500 ms) ${fullMs < 1500 ? 'OK' : 'SLOW'}`);

const thresholdsBefore = ((t) => ['window', 'atRisk', 'lapse', 'loyal'].map((k) => `${k} ${t[k].value}`).join(', '))(JSON.parse(shop.db.prepare('SELECT thresholds_json FROM lifecycle_state').pluck().get() as string));
shop.newImport('one-more-day.csv');
const nextDay = isoDayOf(LAST_DAY + 1);
shop.batch(() => {
  for (let k = 0; k < 300; k += 1) {
    const id = 1 + Math.floor(random() * CUSTOMERS);
    shop.order(id, nextDay, { total: 35, lines: [{ product: PRODUCTS[k % PRODUCTS.length], price: 35 }] });
  }
});
const tInc = performance.now();
const cpuInc = process.cpuUsage();
const incremental = recompute(shop.db, { steps: engineSteps });
const incMs = ms(tInc);
const incCpu = cpuMs(cpuInc);
const thresholdsNow = () => JSON.parse(shop.db.prepare('SELECT thresholds_json FROM lifecycle_state').pluck().get() as string);
console.log('  thresholds after:', ['window', 'atRisk', 'lapse', 'loyal'].map((k) => `${k} ${thresholdsNow()[k].value}`).join(', '), '| before:', thresholdsBefore);
sample();
console.log(`  phases (ms): ${phases(incremental)}`);
console.log(`incremental (+1 day, 300 orders)  ${fmt(incMs)}  (${(incMs / fullMs).toFixed(2)}x full; CPU ${incCpu.toFixed(0)} ms; rewrote ${incremental.changed} of ${incremental.customers} customers) ${incMs < 0.75 * fullMs ? 'OK' : 'NOT CLEARLY FASTER'}`);

const queries: [string, Parameters<typeof listCustomers>[1]][] = [
  ['top by net value', { offset: 0, limit: 50, sort: 'netValue', direction: 'desc' }],
  ['stage at_risk by last purchase', { offset: 0, limit: 50, sort: 'lastPurchase', direction: 'desc', stage: ['at_risk'] }],
  ['segment champions, page 20', { offset: 1000, limit: 50, sort: 'netValue', direction: 'desc', segment: ['champions'] }],
  ['search "last123" by name', { offset: 0, limit: 50, sort: 'name', direction: 'asc', search: 'last123' }],
  ['consent + country, by purchases', { offset: 0, limit: 50, sort: 'purchases', direction: 'desc', acceptsEmail: true, country: ['VN'] }],
  ['sort by name', { offset: 0, limit: 50, sort: 'name', direction: 'asc' }],
  ['sort by email desc, last page', { offset: 99_000, limit: 50, sort: 'email', direction: 'desc' }],
];
for (const [label, query] of queries) {
  const t = performance.now();
  const page = listCustomers(shop.db, query);
  const q = ms(t);
  console.log(`customers: ${label.padEnd(34)} ${fmt(q)}  (${(q / baseline).toFixed(2)}x baseline; ${page.total} rows) ${q < 100 ? 'OK' : 'SLOW'}`);
}
const analyses: [string, () => unknown][] = [
  ['overview (stored)', () => lifecycleOverview(shop.db)],
  ['overview as of a past day (computed)', () => lifecycleOverview(shop.db, '2024-06-30')],
  ['transitions 2024-01-01 -> 2024-12-31', () => stageTransitions(shop.db, '2024-01-01', '2024-12-31')],
  ['purchase timing with 20 products', () => purchaseTiming(shop.db, 20)],
  ['first products', () => firstProducts(shop.db)],
  ['RFM grid', () => rfmGrid(shop.db)],
  ['customer profile', () => customerProfile(shop.db, 2)],
  ['shop summary (all time)', () => shopSales(shop.db)],
];
for (const [label, run] of analyses) {
  const t = performance.now();
  run();
  const q = ms(t);
  console.log(`analysis: ${label.padEnd(35)} ${fmt(q)}  (${(q / baseline).toFixed(2)}x baseline)`);
}
clearInterval(sampler);
console.log(`peak memory (RSS)                 ${(peakRss / 1024 / 1024).toFixed(0)} MiB; full recompute as of ${full.asOf}`);
shop.dispose();
