import { createCore } from '../src/main/core/create-core.ts';
import { WORKER_URL } from '../test/support/core.ts';
const core = createCore({ dbPath: '/tmp/h7/shop.db', workerUrl: WORKER_URL });
for (const [name, input] of [['shop.summary', {}], ['shop.summary', { asOf: '2025-06-01' }], ['model.predictedRevenue', {}], ['lifecycle.kpisSinceImport', {}], ['lifecycle.overview', {}]] as const) {
  const t: number[] = [];
  for (let i = 0; i < 7; i++) { const s = performance.now(); const r = await core.dispatch(name, input as never); if (!r.ok) throw new Error(r.error.message); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(name, JSON.stringify(input), 'median ms', t[3].toFixed(1), 'min', t[0].toFixed(1));
}
await core.close();
