import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/connection.ts';

type Level<T> = Map<string | null, T>;

/**
 * The id of each product (title, variant, SKU, vendor) an import's lines name, from the `products`
 * table, adding the products it has not stored yet. A shop has few products and its lines name them
 * again and again, so each is looked up in the table once per import and then found in memory, by
 * its four values in turn (no key text is built for a line).
 */
export class ProductIds {
  readonly #known: Level<Level<Level<Level<number>>>> = new Map();
  readonly #find: Statement;
  readonly #insert: Statement;

  constructor(db: Db) {
    this.#find = db.prepare('SELECT id FROM products WHERE product_title IS ? AND variant IS ? AND sku IS ? AND vendor IS ?').pluck();
    this.#insert = db.prepare('INSERT INTO products (product_title, variant, sku, vendor) VALUES (?, ?, ?, ?)');
  }

  /** The id of the product with these values (null where the export left one blank). */
  idOf(title: string | null, variant: string | null, sku: string | null, vendor: string | null): number {
    const byVendor = this.#level(this.#level(this.#level(this.#known, title), variant), sku);
    const known = byVendor.get(vendor);
    if (known !== undefined) return known;
    const id = (this.#find.get(title, variant, sku, vendor) as number | undefined) ?? Number(this.#insert.run(title, variant, sku, vendor).lastInsertRowid);
    byVendor.set(vendor, id);
    return id;
  }

  #level<T>(level: Level<Level<T>>, value: string | null): Level<T> {
    let next = level.get(value);
    if (next === undefined) {
      next = new Map();
      level.set(value, next);
    }
    return next;
  }
}
