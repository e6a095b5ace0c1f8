import type { Migration } from '../migrate.ts';

/**
 * The owner's unit costs per product, from a costs CSV (`sku or product title, unit cost`), for the contribution
 * margin (docs/counting.md, "Contribution margin"): keyed by the SKU or the product title, trimmed and lower-cased.
 */
export const productCosts: Migration = {
  version: 13,
  name: 'product-costs',
  up(db) {
    db.exec(`
      CREATE TABLE product_costs (
        match_key        TEXT PRIMARY KEY CHECK (length(match_key) BETWEEN 1 AND 300),
        unit_cost_cents  INTEGER NOT NULL CHECK (unit_cost_cents >= 0)
      ) STRICT;
    `);
  },
};
