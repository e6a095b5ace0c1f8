import { openDatabase } from '../src/main/db/connection.ts';
import { shopSummary } from '../src/main/shop/summary-query.ts';
const db = openDatabase('/tmp/h7/shop.db');
const time = (f: () => unknown) => { const t: number[] = []; for (let i = 0; i < 9; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a, b) => a - b); return t[4]; };
const totals = () => db.prepare(`SELECT count(*) AS orders, coalesce(sum(net_cents) FILTER (WHERE is_purchase = 1), 0) AS net, min(currency), max(currency) FROM orders WHERE created_day <= ?`).get('9999-12-31');
console.log('shop.summary median ms', time(() => shopSummary(db)).toFixed(1), 'asOf', time(() => shopSummary(db, '2024-06-01')).toFixed(1), '| old ui.shopTotals query', time(totals).toFixed(1));
console.log(shopSummary(db));
