import { createShop } from '../support/shop-builder.ts';
import { isoDayOf, dayNumber, DayCache } from '../../src/main/engine/days.ts';
import { loadShopHistory } from '../../src/main/engine/shop-history.ts';
import { computeLifecycle } from '../../src/main/engine/compute.ts';
import { firstOrderDetails } from '../../src/main/engine/store/first-order-details.ts';
import { BatchInsert } from '../../src/main/engine/store/batch-insert.ts';
const shop = createShop();
let s = 1;
const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
shop.batch(() => {
  for (let c = 0; c < 50000; c++) {
    const id = shop.customer({ email: `c${c}@x.com` });
    let day = dayNumber('2022-01-01') + Math.floor(rnd() * 1000);
    do { shop.order(id, isoDayOf(day), { total: 20, lines: [{ product: 'P' + (c % 8), price: 20 }] }); day += 5 + Math.floor(rnd() * 100); } while (rnd() < 0.5 && day < dayNumber('2024-12-31'));
  }
});
const db = shop.db;
const time = (label: string, fn: () => unknown) => { const t = performance.now(); const r = fn(); console.log(label, (performance.now() - t).toFixed(0)); return r; };
const h = time('load', () => loadShopHistory(db, '2024-12-31')) as ReturnType<typeof loadShopHistory>;
const r = time('compute', () => computeLifecycle(h, {})) as ReturnType<typeof computeLifecycle>;
db.transaction(() => {
  const ids = Array.from(h.firstOrderId).filter((x) => x > 0);
  time('details', () => firstOrderDetails(db, ids));
  const days = new DayCache();
  time('isos', () => { for (let j = 0; j < r.journeys.length; j++) days.iso(r.journeys.from[j]); });
  time('batch journeys', () => { const b = new BatchInsert(db, 'INSERT INTO lifecycle_journeys (customer_id, seq, stage, from_day, to_day, cause)', 6); for (let j = 0; j < r.journeys.length; j++) b.add(r.journeys.customer[j], j, 'new', days.iso(r.journeys.from[j]), null, 'purchase'); b.flush(); });
  time('batch customers', () => { const b = new BatchInsert(db, 'INSERT OR REPLACE INTO lifecycle_customers (customer_id, stage, stage_rank, rule_stage, stage_since, purchases, orders, net_cents, repeat_mean_cents, vip, row_hash, journey_hash)', 12); for (let i = 0; i < h.customerIds.length; i++) b.add(h.customerIds[i], 'new', 1, 'new', '2024-01-01', 1, 1, Math.floor(rnd()*1e6), 0, 0, 1, 1); b.flush(); });
})();
console.log('journeys', r.journeys.length);
shop.dispose();
