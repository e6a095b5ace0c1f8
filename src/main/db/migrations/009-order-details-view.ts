import type { Migration } from '../migrate.ts';
import { ORDER_DETAIL_COLUMNS } from './008-order-details.ts';

/**
 * SQLite works out every generated column of a row it inserts or updates, VIRTUAL ones too, so the sixteen
 * columns of migration 8 read `details_json` sixteen times for each order an import wrote: a tenth of the
 * import's writing time. Nothing in the app reads them, so they give way to a view, `order_details`, that
 * reads the same values under the same names when asked.
 */
export const orderDetailsView: Migration = {
  version: 9,
  name: 'order-details-view',
  up(db) {
    for (const [name] of ORDER_DETAIL_COLUMNS) db.exec(`ALTER TABLE orders DROP COLUMN ${name}`);
    db.exec(`
      CREATE VIEW order_details AS
        SELECT id AS order_id, ${ORDER_DETAIL_COLUMNS.map(([name], k) => `details_json ->> ${k} AS ${name}`).join(', ')}
          FROM orders;
    `);
  },
};
