import Database from 'better-sqlite3';
const db = new Database('/tmp/h7/shop.db', { readonly: true });
const until = '9999-12-31';
const q = (label: string, sql: string, ...p: unknown[]) => { const s = performance.now(); const r = db.prepare(sql).all(...p); console.log(label, (performance.now() - s).toFixed(1), JSON.stringify(r).slice(0, 150)); };
for (let i = 0; i < 3; i++) {
q('agg', `SELECT count(*), coalesce(sum(is_purchase),0), count(*) FILTER (WHERE customer_id IS NULL), sum(total_cents), sum(refunded_cents), sum(net_cents) FILTER (WHERE is_purchase=1), min(created_ms), max(created_ms), min(created_day), max(created_day), min(currency), max(currency) FROM orders WHERE created_day <= ?`, until);
q('buyersA', `SELECT count(DISTINCT coalesce(c.merged_into, c.id)) FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.created_day <= ?)`, until);
q('buyersOld', `SELECT count(DISTINCT coalesce(c.merged_into, c.id)) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_day <= ?`, until);
q('roots', `SELECT count(*) FROM customers WHERE merged_into IS NULL`);
q('first', `SELECT created_at FROM orders WHERE created_day BETWEEN ? AND date(?, '+2 days') AND created_day <= ? ORDER BY created_ms LIMIT 1`, '2022-01-01', '2022-01-01', until);
}
