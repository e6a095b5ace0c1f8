import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/main/db/connection.ts';
import { migrate } from '../../src/main/db/migrate.ts';
import { migrations } from '../../src/main/db/migrations/index.ts';
import { ProductIds } from '../../src/main/import/store/product-ids.ts';
import { makeTempDir } from './temp-dir.ts';

/**
 * A shop built row by row in a real, fully migrated SQLite file, for tests that need data before
 * (or without) the importers. Money is given in currency units and stored as cents.
 *
 *     const shop = createShop();
 *     const ann = shop.customer({ email: 'ann@example.com' });
 *     shop.order(ann, '2024-01-05', { total: 40, lines: [{ product: 'Tea', price: 40 }] });
 *     shop.order(ann, '2024-02-01', { total: 25, refunded: 25 });   // undone by a refund
 *     // ... run the code under test on shop.db / shop.path ...
 *     shop.dispose();
 */
export interface CustomerSpec {
  email?: string | null;
  phone?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  country?: string | null;
  city?: string | null;
  acceptsEmail?: boolean | null;
  acceptsSms?: boolean | null;
  tags?: string | null;
  /** True for customers known from a customers export (subscribers who may never have bought). */
  fromCustomersExport?: boolean;
  /** For a customers-export contact: the day the export gave evidence of them (`customers.export_seen_day`); default none. */
  exportSeenDay?: string | null;
  /** Id of the customer this one was merged into. */
  mergedInto?: number | null;
}

export interface LineSpec {
  product: string;
  price: number;
  quantity?: number;
  variant?: string | null;
  sku?: string | null;
}

export interface OrderSpec {
  /** Order total; defaults to the sum of the lines, or 10. */
  total?: number;
  refunded?: number;
  /** Counted as a purchase (paid, not cancelled); default true. */
  isPurchase?: boolean;
  lines?: LineSpec[];
  discountCode?: string | null;
  channel?: string | null;
  currency?: string;
  /** Local time of day, `HH:MM:SS`; default noon. */
  time?: string;
  /** Import the order arrives with; default the builder's current import. */
  importId?: number;
}

export interface ShopBuilder {
  readonly db: Db;
  readonly path: string;
  readonly dir: string;
  /** Id of the import new orders are attributed to. */
  readonly importId: number;
  customer(spec?: CustomerSpec): number;
  /** Adds an order for a customer (or an unidentified order with `null`); returns the order id. */
  order(customerId: number | null, day: string, spec?: OrderSpec): number;
  /** Starts a new import (as if another file was imported); later orders belong to it. */
  newImport(fileName?: string): number;
  /** Runs `fn` in one transaction: use it around bulk inserts. */
  batch<T>(fn: () => T): T;
  /** Closes the connection (keeps the file, e.g. to open a core on it). */
  close(): void;
  /** Closes the connection and deletes the folder. */
  dispose(): void;
}

const cents = (amount: number): number => Math.round(amount * 100);

export function createShop(options: { dir?: string } = {}): ShopBuilder {
  const temp = options.dir ? null : makeTempDir('regulars-shop-');
  const dir = options.dir ?? temp!.dir;
  const path = join(dir, 'regulars.db');
  const db = openDatabase(path);
  migrate(db, migrations, path);

  const insertImport = db.prepare(
    `INSERT INTO imports (file_name, content_hash, kind, started_at, finished_at, rows) VALUES (?, ?, 'shopify_orders', ?, ?, 0)`,
  );
  const insertCustomer = db.prepare(
    `INSERT INTO customers (identity_key, email, phone, first_name, last_name, city, country, accepts_email_marketing, accepts_sms_marketing, tags, from_customers_export, export_seen_day, merged_into)
     VALUES (@key, @email, @phone, @firstName, @lastName, @city, @country, @acceptsEmail, @acceptsSms, @tags, @fromExport, @seenDay, @mergedInto)`,
  );
  const insertOrder = db.prepare(
    `INSERT INTO orders (match_key, platform, name, customer_id, email, created_at, created_ms, created_day, currency, total_cents,
                         discount_code, refunded_cents, source_channel, is_purchase, net_cents, import_id, details_json)
     VALUES (@key, 'shopify', @name, @customerId, @email, @createdAt, @createdMs, @day, @currency, @total,
             @discountCode, @refunded, @channel, @isPurchase, @net, @importId,
             json_array(@total, NULL, NULL, NULL, @status, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL))`,
  );
  const insertLine = db.prepare('INSERT INTO order_lines (order_id, position, product_id, quantity, price_cents) VALUES (?, ?, ?, ?, ?)');
  const products = new ProductIds(db);
  const emailOf = db.prepare('SELECT email FROM customers WHERE id = ?').pluck();

  let customers = 0;
  let orders = 0;
  let importId = 0;
  const newImport = (fileName = `import-${importId + 1}.csv`): number => {
    const now = new Date().toISOString();
    importId = Number(insertImport.run(fileName, `hash-${importId + 1}`, now, now).lastInsertRowid);
    return importId;
  };
  newImport('builder.csv');
  const bool = (v: boolean | null | undefined): number | null => (v === undefined || v === null ? null : v ? 1 : 0);

  const builder: ShopBuilder = {
    db,
    path,
    dir,
    get importId() {
      return importId;
    },
    customer(spec = {}) {
      customers += 1;
      const result = insertCustomer.run({
        key: spec.email ? `email:${spec.email}` : `builder:${customers}`,
        email: spec.email ?? null,
        phone: spec.phone ?? null,
        firstName: spec.firstName ?? null,
        lastName: spec.lastName ?? null,
        city: spec.city ?? null,
        country: spec.country ?? null,
        acceptsEmail: bool(spec.acceptsEmail),
        acceptsSms: bool(spec.acceptsSms),
        tags: spec.tags ?? null,
        fromExport: spec.fromCustomersExport ? 1 : 0,
        seenDay: spec.exportSeenDay ?? null,
        mergedInto: spec.mergedInto ?? null,
      });
      return Number(result.lastInsertRowid);
    },
    order(customerId, day, spec = {}) {
      orders += 1;
      const lines = spec.lines ?? [];
      const total = spec.total ?? (lines.length ? lines.reduce((s, l) => s + l.price * (l.quantity ?? 1), 0) : 10);
      const refunded = spec.refunded ?? 0;
      const isPurchase = spec.isPurchase ?? true;
      const time = spec.time ?? '12:00:00';
      const createdAt = `${day}T${time}Z`;
      const result = insertOrder.run({
        key: `builder:${orders}`,
        name: `#${1000 + orders}`,
        customerId,
        email: customerId === null ? null : (emailOf.get(customerId) as string | null),
        createdAt,
        createdMs: Date.parse(createdAt),
        day,
        currency: spec.currency ?? 'EUR',
        total: cents(total),
        discountCode: spec.discountCode ?? null,
        refunded: cents(refunded),
        status: refunded >= total && refunded > 0 ? 'refunded' : refunded > 0 ? 'partially_refunded' : 'paid',
        channel: spec.channel ?? 'web',
        isPurchase: isPurchase ? 1 : 0,
        net: isPurchase ? cents(total) - cents(refunded) : 0,
        importId: spec.importId ?? importId,
      });
      const orderId = Number(result.lastInsertRowid);
      lines.forEach((line, i) => {
        const productId = products.idOf(line.product, line.variant ?? null, line.sku ?? null, null);
        insertLine.run(orderId, i + 1, productId, line.quantity ?? 1, cents(line.price));
      });
      return orderId;
    },
    newImport,
    batch(fn) {
      return db.transaction(fn)();
    },
    close() {
      if (db.open) db.close();
    },
    dispose() {
      if (db.open) db.close();
      temp?.cleanup();
    },
  };
  return builder;
}
