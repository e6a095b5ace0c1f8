import type { Db } from '../db/connection.ts';
import type { CustomerTypeCheck } from '../../shared/domain/imports.ts';
import { ORDER_DETAIL_COLUMNS } from '../db/migrations/008-order-details.ts';

/** Where `details_json` keeps the export's customer type (migration 10). */
const TYPE_AT = ORDER_DETAIL_COLUMNS.length;

/**
 * The export's own `new` / `returning` for a store's orders against Regulars' finding: an order is a
 * returning customer's when the customer (with everyone merged into them) made a purchase before it.
 * Null when no order of the store carries a type.
 */
export function compareCustomerTypes(db: Db, platform: string): CustomerTypeCheck | null {
  const rows = db
    .prepare(
      `SELECT o.details_json ->> ${TYPE_AT} AS exported,
              EXISTS (SELECT 1 FROM orders p
                       WHERE (p.customer_id = r.root OR p.customer_id IN (SELECT id FROM customers WHERE merged_into = r.root))
                         AND p.is_purchase = 1 AND p.created_ms < o.created_ms) AS earlier
         FROM orders o
         JOIN (SELECT id, coalesce(merged_into, id) AS root FROM customers) r ON r.id = o.customer_id
        WHERE o.platform = ? AND o.details_json ->> ${TYPE_AT} IS NOT NULL`,
    )
    .all(platform) as { exported: string; earlier: number }[];
  if (rows.length === 0) return null;
  const check: CustomerTypeCheck = { compared: rows.length, agree: 0, exportReturningFoundNew: 0, exportNewFoundReturning: 0 };
  for (const row of rows) {
    const found = row.earlier === 1 ? 'returning' : 'new';
    if (found === row.exported) check.agree++;
    else if (row.exported === 'returning') check.exportReturningFoundNew++;
    else check.exportNewFoundReturning++;
  }
  return check;
}
