import type { Migration } from '../migrate.ts';

/**
 * A shop sells tens or hundreds of products, and its orders name them hundreds of thousands of times.
 * A product (title, variant, SKU, vendor) is now stored once, in `products`, and an order's lines in
 * `order_lines` refer to it by id, next to their quantity and price: a line is four small numbers,
 * written without text. `order_lines` is kept in order-id order (WITHOUT ROWID, keyed by order and
 * position), so an order's lines are read together and no separate index by order is kept up to date.
 * The view `line_items` joins the two under the old table's columns, for every reader.
 * Products are matched with IS, so a line without a variant or SKU has a product too. Existing lines keep
 * their positions; an order with two lines at one position (the importer never writes such) has its lines
 * numbered anew, in their old order.
 */
export const products: Migration = {
  version: 7,
  name: 'products',
  up(db) {
    db.exec(`
      CREATE TABLE products (
        id            INTEGER PRIMARY KEY,
        product_title TEXT,
        variant       TEXT,
        sku           TEXT,
        vendor        TEXT
      ) STRICT;
      CREATE INDEX products_identity ON products(product_title, variant, sku, vendor);

      CREATE TABLE order_lines (
        order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        product_id  INTEGER NOT NULL REFERENCES products(id),
        quantity    INTEGER NOT NULL,
        price_cents INTEGER NOT NULL,
        PRIMARY KEY (order_id, position)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO products (product_title, variant, sku, vendor)
      SELECT DISTINCT product_title, variant, sku, vendor FROM line_items ORDER BY product_title, variant, sku, vendor;

      INSERT INTO order_lines (order_id, position, product_id, quantity, price_cents)
      SELECT li.order_id,
             CASE WHEN li.order_id IN (SELECT order_id FROM line_items GROUP BY order_id, position HAVING count(*) > 1)
                  THEN row_number() OVER (PARTITION BY li.order_id ORDER BY li.position, li.id)
                  ELSE li.position END,
             p.id, li.quantity, li.price_cents
        FROM line_items li
        JOIN products p ON p.product_title IS li.product_title AND p.variant IS li.variant AND p.sku IS li.sku AND p.vendor IS li.vendor;

      DROP TABLE line_items;
      CREATE VIEW line_items AS
      SELECT l.order_id, l.position, p.product_title, p.variant, p.sku, l.quantity, l.price_cents, p.vendor, l.product_id
        FROM order_lines l JOIN products p ON p.id = l.product_id;
    `);
  },
};
