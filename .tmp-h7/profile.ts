import Database from 'better-sqlite3';
const db = new Database('/tmp/h7/shop.db', { readonly: true });
const until = '9999-12-31';
const q = (label: string, sql: string, ...p: unknown[]) => { const s = performance.now(); db.prepare(sql).all(...p); console.log(label, (performance.now() - s).toFixed(1)); };
for (let i = 0; i < 2; i++) {
q('agg', `SELECT count(*), coalesce(sum(is_purchase),0), count(*) FILTER (WHERE customer_id IS NULL), sum(total_cents), sum(refunded_cents), sum(net_cents) FILTER (WHERE is_purchase=1), min(created_ms), max(created_ms) FROM orders WHERE created_day <= ?`, until);
q('firstAt', 'SELECT created_at FROM orders WHERE created_ms = (SELECT min(created_ms) FROM orders) LIMIT 1');
q('buyers', `SELECT count(DISTINCT coalesce(c.merged_into, c.id)) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_day <= ?`, until);
q('prospects', `SELECT count(*) FROM customers c WHERE c.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.created_day <= ?) AND NOT EXISTS (SELECT 1 FROM customers m JOIN orders o ON o.customer_id = m.id WHERE m.merged_into = c.id AND o.created_day <= ?)`, until, until);
q('currencies', 'SELECT DISTINCT currency FROM orders WHERE currency IS NOT NULL AND created_day <= ? ORDER BY currency', until);
}
console.log(db.prepare("SELECT count(*) FROM orders").pluck().get());
console.log(db.prepare("SELECT sql FROM sqlite_master WHERE tbl_name IN ('orders','customers') AND type='index'").pluck().all());
