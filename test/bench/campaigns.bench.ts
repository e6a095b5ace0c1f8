/**
 * Campaigns benchmark (issue 6): a synthetic shop (default 100,000 customers), recomputed once, then
 * the audience preview, the export of the largest stage as a generic CSV (written and recorded with its
 * holdout), the suggestions and the campaigns list with lift. Each is printed in ms and as a ratio to a
 * baseline measured in the same run: one plain read of the audience's customer rows written out as CSV
 * lines with a single writeFileSync, the least any export of that audience costs.
 * Targets at 100,000 customers: the export (select, consent, holdout, file, record) under 2 s; preview,
 * suggestions and the list each under 1 s.
 *
 *     npx node test/bench/campaigns.bench.ts      (REGULARS_BENCH_CUSTOMERS=20000 for a quicker run)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../src/main/core/create-core.ts';
import { openDatabase } from '../../src/main/db/connection.ts';
import { recompute } from '../../src/main/recompute/recompute.ts';
import { dayNumber, isoDayOf } from '../../src/main/engine/days.ts';
import type { AudiencePreview, ExportResult } from '../../src/shared/domain/campaigns.ts';
import { createShop } from '../support/shop-builder.ts';

const CUSTOMERS = Number(process.env.REGULARS_BENCH_CUSTOMERS ?? 100_000);
const FIRST_DAY = dayNumber('2023-01-01');
const LAST_DAY = dayNumber('2024-12-31');
const PRODUCTS = ['Green tea', 'Black tea', 'Oolong', 'Teapot', 'Cups', 'Matcha'];

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const ms = (t0: number) => performance.now() - t0;
const fmt = (v: number) => `${v.toFixed(0).padStart(6)} ms`;

const shop = createShop();
shop.batch(() => {
  for (let c = 0; c < CUSTOMERS; c += 1) {
    const id = shop.customer({ email: `customer${c}@example.com`, firstName: `First${c % 997}`, lastName: `Last, ${c}`, country: ['DE', 'US', 'VN'][c % 3], acceptsEmail: c % 3 !== 0, phone: c % 5 === 0 ? '0912 345 678' : null });
    let day = FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY));
    do {
      shop.order(id, isoDayOf(day), { lines: [{ product: PRODUCTS[Math.floor(random() * PRODUCTS.length)], price: 10 + Math.round(random() * 50) }] });
      day += 5 + Math.floor(-Math.log(1 - random()) * 90);
    } while (day <= LAST_DAY && random() < 0.5);
  }
});
recompute(shop.db);
const largest = shop.db.prepare("SELECT stage FROM lifecycle_customers WHERE stage <> 'prospect' GROUP BY stage ORDER BY count(*) DESC LIMIT 1").pluck().get() as string;
shop.close();

const core = createCore({ dbPath: shop.path });
const call = async <T>(name: string, input: unknown): Promise<T> => {
  const answer = await core.dispatch(name, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
};
const audience = { kind: 'stage', stage: largest };

let t = performance.now();
const preview = await call<AudiencePreview>('campaigns.preview', { audience, format: 'csv' });
const previewMs = ms(t);

t = performance.now();
const plain = openDatabase(shop.path, { readonly: true });
const lines = plain
  .prepare('SELECT c.email, c.first_name, c.last_name, c.country FROM lifecycle_customers lc JOIN customers c ON c.id = lc.customer_id WHERE lc.stage = ?')
  .raw()
  .all(largest) as string[][];
writeFileSync(join(shop.dir, 'baseline.csv'), lines.map((cells) => cells.join(',')).join('\r\n'));
plain.close();
const baseline = ms(t);

t = performance.now();
const result = await call<ExportResult>('campaigns.export', { audience, format: 'csv', path: join(shop.dir, 'audience.csv'), campaignDate: '2024-06-01' });
const exportMs = ms(t);

t = performance.now();
await call('campaigns.suggestions', {});
const suggestionsMs = ms(t);

t = performance.now();
await call('campaigns.list', {});
const listMs = ms(t);

console.log(`shop: ${CUSTOMERS} customers; audience "${largest}": ${preview.total} customers, ${result.exported} rows exported, ${result.holdout} in the holdout`);
console.log(`baseline (read + write ${lines.length} plain lines)  ${fmt(baseline)}`);
for (const [label, value] of [
  ['preview', previewMs],
  ['export (write + record)', exportMs],
  ['suggestions', suggestionsMs],
  ['campaigns list with lift', listMs],
] as const) {
  console.log(`${label.padEnd(26)} ${fmt(value)}   ${(value / Math.max(baseline, 1)).toFixed(1).padStart(6)}x baseline`);
}
console.log(`peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
await core.close();
shop.dispose();
