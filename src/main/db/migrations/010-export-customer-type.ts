import type { Migration } from '../migrate.ts';
import { ORDER_DETAIL_COLUMNS } from './008-order-details.ts';

/**
 * Some exports say for each order whether its customer was new or returning (WooCommerce Analytics'
 * `Customer type`). The import keeps that as a seventeenth entry of `orders.details_json` (absent from
 * other orders' arrays), and `order_details` reads it as `export_customer_type`, so Regulars' own finding
 * can be compared with the platform's (import summary).
 */
export const exportCustomerType: Migration = {
  version: 10,
  name: 'export-customer-type',
  up(db) {
    db.exec(`
      DROP VIEW order_details;
      CREATE VIEW order_details AS
        SELECT id AS order_id, ${ORDER_DETAIL_COLUMNS.map(([name], k) => `details_json ->> ${k} AS ${name}`).join(', ')},
               details_json ->> ${ORDER_DETAIL_COLUMNS.length} AS export_customer_type
          FROM orders;
    `);
  },
};
