import { openDatabase } from '../src/main/db/connection.ts';
import { loadShopHistory } from '../src/main/engine/shop-history.ts';
import { simpleClv } from '../src/main/engine/simple-clv.ts';
const db = openDatabase('/tmp/h7/shop2.db');
for (let i = 0; i < 3; i++) {
  let s = performance.now();
  const h = loadShopHistory(db, '2026-10-31');
  const a = performance.now() - s; s = performance.now();
  const c = simpleClv(h);
  console.log('load', a.toFixed(0), 'clv', (performance.now() - s).toFixed(0), c.value);
}
let s = performance.now();
console.log(db.prepare(`SELECT count(*) FILTER (WHERE stage <> 'prospect') AS customers, count(*) FILTER (WHERE stage <> 'prospect' AND purchases >= 2) AS repeaters, count(*) FILTER (WHERE stage IN ('new','repeat','loyal','reactivated')) AS active, count(*) FILTER (WHERE stage = 'lapsed') AS lapsed FROM lifecycle_snapshots WHERE import_id = 1`).get(), (performance.now() - s).toFixed(0));
