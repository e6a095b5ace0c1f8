import type { Migration } from '../migrate.ts';

/**
 * The order fields the app keeps but does not analyse (the export's subtotal, shipping, taxes, discount
 * amount, statuses, cancellation, consent, tags, payment method and addresses), in the order of their JSON
 * array in `orders.details_json`, with their SQL types.
 */
export const ORDER_DETAIL_COLUMNS = [
  ['subtotal_cents', 'INTEGER'], ['shipping_cents', 'INTEGER'], ['taxes_cents', 'INTEGER'], ['discount_cents', 'INTEGER'],
  ['financial_status', 'TEXT'], ['fulfillment_status', 'TEXT'], ['cancelled_at', 'TEXT'], ['accepts_marketing', 'INTEGER'], ['tags', 'TEXT'],
  ['payment_method', 'TEXT'], ['billing_city', 'TEXT'], ['billing_province', 'TEXT'], ['billing_country', 'TEXT'], ['shipping_city', 'TEXT'],
  ['shipping_province', 'TEXT'], ['shipping_country', 'TEXT'],
] as const;

/**
 * An import writes every order of an export, and each value it hands SQLite costs about as much as the
 * row itself. The sixteen order fields nothing queries are now written as one JSON array
 * (`details_json`) and read back under their old names through VIRTUAL generated columns, so an order
 * is written with seventeen values instead of thirty-two and every query reads the same columns as before.
 */
export const orderDetails: Migration = {
  version: 8,
  name: 'order-details',
  up(db) {
    db.exec(`
      ALTER TABLE orders ADD COLUMN details_json TEXT NOT NULL DEFAULT '[]';
      UPDATE orders SET details_json = json_array(${ORDER_DETAIL_COLUMNS.map(([name]) => name).join(', ')});
    `);
    for (const [name] of ORDER_DETAIL_COLUMNS) db.exec(`ALTER TABLE orders DROP COLUMN ${name}`);
    for (const [k, [name, type]] of ORDER_DETAIL_COLUMNS.entries()) {
      db.exec(`ALTER TABLE orders ADD COLUMN ${name} ${type} GENERATED ALWAYS AS (details_json ->> ${k}) VIRTUAL`);
    }
  },
};
