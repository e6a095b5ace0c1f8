import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/connection.ts';
import type { WarningLog } from '../warning-log.ts';
import { fingerprint } from './fingerprint.ts';
import { EXPORTED_CUSTOMER_COLUMNS, LINE_ITEM_FIELDS, LINE_ITEM_PRICE, LINE_ITEM_QUANTITY, LINE_ITEM_VENDOR, ORDER_COLUMNS, ORDER_CUSTOMER_COLUMNS, ORDER_CUSTOMER_ID, ORDER_FINGERPRINT, OrderCustomer, RecordTag, readOrderContent } from './order-record.ts';
import type { OrderOutcome } from './order-types.ts';
import { ProductIds } from './product-ids.ts';
import { BatchInsert } from '../../db/batch-insert.ts';
import { CrossStoreCustomers } from './cross-store-customers.ts';
import { localDay } from '../evidence-day.ts';

export interface WriteCounts {
  ordersAdded: number;
  ordersUpdated: number;
  ordersUnchanged: number;
  customersAdded: number;
  customersUpdated: number;
}

const ORDER_WIDTH = ORDER_COLUMNS.length;
const ORDER_CREATED_MS = ORDER_COLUMNS.indexOf('created_ms');
/** An order placed later than this after the import's start is dated in the future in every time zone. */
const FUTURE_MARGIN_MS = 36 * 3_600_000;
const ORDER_CUSTOMER_WIDTH = 1 + ORDER_CUSTOMER_COLUMNS.length;
const EXPORTED_CUSTOMER_WIDTH = 1 + EXPORTED_CUSTOMER_COLUMNS.length;
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Writes one import's records (the flat layout of order-record.ts) through prepared statements, inside
 * the caller's transaction. Orders are matched by platform id, else by match key; an order whose content
 * fingerprint is unchanged is not touched. Customers are found by identity key, each once per import.
 * Statements get their values as arguments (`run(...row)`), not as one array: better-sqlite3 reads an
 * array through Node-API element by element, which made each INSERT about a sixth slower.
 */
export class StoreWriter {
  readonly counts: WriteCounts = { ordersAdded: 0, ordersUpdated: 0, ordersUnchanged: 0, customersAdded: 0, customersUpdated: 0 };
  readonly #importId: number;
  readonly #warnings: WarningLog;
  /** Customer ids by the number the record layout gives each customer of the file (see OrderCustomer). */
  readonly #customerIds: number[] = [];
  /** With no customers stored before this import, a key it has not met is a new customer: no look-up needed. */
  readonly #customersWereEmpty: boolean;
  /** Finds customers of other stores by phone; null when no other store's orders are stored. */
  readonly #otherStores: CrossStoreCustomers | null;
  /** The line of the order being written, for warnings. */
  #line = 0;
  /** Orders placed after this instant are dated in the future (docs/counting.md). */
  readonly #futureFromMs = Date.now() + FUTURE_MARGIN_MS;
  /** Stored orders this import updated or found unchanged (those it added carry its import id). */
  readonly #refreshed = new Map<number, OrderOutcome>();
  readonly #orderRow: unknown[] = new Array<unknown>(ORDER_WIDTH + 1);
  readonly #updateArgs: unknown[] = new Array<unknown>(ORDER_WIDTH + 1);
  readonly #customerRow: unknown[] = new Array<unknown>(ORDER_CUSTOMER_WIDTH);
  readonly #products: ProductIds;
  /** Order lines, written many at a time. */
  readonly #lines: BatchInsert;
  /** The line items of the order being written, LINE_ITEM_FIELDS values each. */
  readonly #items: unknown[] = [];
  readonly #byExternal: Statement;
  readonly #byKey: Statement;
  readonly #insertOrder: Statement;
  readonly #updateOrder: Statement;
  readonly #deleteItems: Statement;
  readonly #lastPosition: Statement;
  readonly #customerByKey: Statement;
  readonly #insertCustomer: Statement;
  readonly #customerForExport: Statement;
  readonly #insertExportCustomer: Statement;
  readonly #updateExportCustomer: Statement;

  /**
   * `platform`: the store the file's orders come from (customers of other stores are matched by phone).
   * `evidenceDay`: the first day the file shows its customers-export contacts existed (evidence-day.ts).
   */
  constructor(db: Db, importId: number, warnings: WarningLog, platform?: string, evidenceDay: string = localDay(new Date())) {
    if (!Number.isSafeInteger(importId)) throw new Error(`bad import id ${importId}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(evidenceDay)) throw new Error(`bad evidence day ${evidenceDay}`);
    this.#importId = importId;
    this.#warnings = warnings;
    this.#customersWereEmpty = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM customers)').pluck().get() === 1;
    this.#otherStores = this.#customersWereEmpty || platform === undefined ? null : CrossStoreCustomers.open(db, platform);
    this.#byExternal = db.prepare('SELECT id, fingerprint, import_id FROM orders WHERE platform = ? AND external_id = ?');
    this.#byKey = db.prepare('SELECT id, fingerprint, import_id FROM orders WHERE match_key = ?');
    this.#insertOrder = db.prepare(
      `INSERT INTO orders (${ORDER_COLUMNS.join(', ')}, match_key, import_id) VALUES (${placeholders(ORDER_WIDTH + 1)}, ${importId}) ON CONFLICT DO NOTHING`,
    );
    this.#updateOrder = db.prepare(`UPDATE orders SET ${ORDER_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_import_id = ${importId} WHERE id = ?`);
    this.#deleteItems = db.prepare('DELETE FROM order_lines WHERE order_id = ?');
    this.#lines = new BatchInsert(db, 'order_lines', ['order_id', 'position', 'product_id', 'quantity', 'price_cents']);
    this.#lastPosition = db.prepare('SELECT coalesce(max(position), 0) FROM order_lines WHERE order_id = ?').pluck();
    this.#products = new ProductIds(db);
    this.#customerByKey = db.prepare('SELECT id FROM customers WHERE identity_key = ?').pluck();
    this.#insertCustomer = db.prepare(
      `INSERT INTO customers (identity_key, ${ORDER_CUSTOMER_COLUMNS.join(', ')}, first_import_id) VALUES (${placeholders(ORDER_CUSTOMER_WIDTH)}, ${importId})`,
    );
    this.#customerForExport = db.prepare('SELECT id, export_fingerprint FROM customers WHERE identity_key = ?');
    this.#insertExportCustomer = db.prepare(
      `INSERT INTO customers (identity_key, ${EXPORTED_CUSTOMER_COLUMNS.join(', ')}, export_fingerprint, from_customers_export, first_import_id, export_seen_day)
       VALUES (${placeholders(EXPORTED_CUSTOMER_WIDTH + 1)}, 1, ${importId}, '${evidenceDay}')`,
    );
    this.#updateExportCustomer = db.prepare(
      `UPDATE customers SET ${EXPORTED_CUSTOMER_COLUMNS.map((c) => `${c} = coalesce(?, ${c})`).join(', ')}, export_fingerprint = ?, from_customers_export = 1,
              export_seen_day = min(coalesce(export_seen_day, '${evidenceDay}'), '${evidenceDay}') WHERE id = ?`,
    );
  }

  /** Writes a batch of records (some line items may wait in a queue until `flush`). */
  apply(values: readonly unknown[]): void {
    let i = 0;
    while (i < values.length) {
      i = values[i] === RecordTag.order ? this.#saveOrder(values, i + 1) : this.#saveExportedCustomer(values, i + 1);
    }
  }

  /**
   * Adds or refreshes one order with its line items. A later group of rows for an order this import
   * already wrote adds its line items (and its order fields when it has them), with a warning.
   */
  #saveOrder(values: readonly unknown[], at: number): number {
    let i = at;
    const line = values[i++] as number;
    this.#line = line;
    const hasOrderFields = values[i++] === 1;
    const row = this.#orderRow;
    row[ORDER_FINGERPRINT] = values[i++];
    const matchKey = values[i++] as string;
    row[ORDER_WIDTH] = matchKey;
    const customer = values[i++];
    let customerId: number | null = null;
    if (customer === OrderCustomer.full) {
      customerId = this.#customerId(values, i);
      i += ORDER_CUSTOMER_WIDTH;
    } else if (customer === OrderCustomer.known) {
      customerId = this.#customerIds[values[i++] as number];
    }
    const items = this.#items;
    const next = readOrderContent(values, i, row, items);
    row[ORDER_CUSTOMER_ID] = customerId;
    if ((row[ORDER_CREATED_MS] as number) > this.#futureFromMs) {
      this.#warnings.add('futureDated', 'Orders dated after today: the figures run up to the latest order day, so check these dates', line);
    }

    const inserted = this.#insertOrder.run(...row);
    if (inserted.changes > 0) {
      this.#insertItems(Number(inserted.lastInsertRowid), items, 0);
      this.counts.ordersAdded++;
      return next;
    }
    const externalId = row[1] as string | null;
    const existing = ((externalId !== null ? this.#byExternal.get(row[0], externalId) : undefined) ?? this.#byKey.get(matchKey)) as {
      id: number;
      fingerprint: string | null;
      import_id: number;
    };
    const earlier = existing.import_id === this.#importId ? 'added' : this.#refreshed.get(existing.id);
    if (earlier !== undefined) {
      this.#warnings.add('splitOrder', 'Orders whose rows are not together in the file: the later rows were added to the order', line);
      if (earlier === 'unchanged') return next;
      if (hasOrderFields) this.#update(existing.id);
      this.flush();
      this.#insertItems(existing.id, items, this.#lastPosition.get(existing.id) as number);
      return next;
    }
    if (existing.fingerprint === row[ORDER_FINGERPRINT]) {
      this.#refreshed.set(existing.id, 'unchanged');
      this.counts.ordersUnchanged++;
      return next;
    }
    this.#refreshed.set(existing.id, 'updated');
    this.#update(existing.id);
    this.#deleteItems.run(existing.id);
    this.#insertItems(existing.id, items, 0);
    this.counts.ordersUpdated++;
    return next;
  }

  #update(orderId: number): void {
    const args = this.#updateArgs;
    const row = this.#orderRow;
    for (let k = 0; k < ORDER_WIDTH; k++) args[k] = row[k];
    args[ORDER_WIDTH] = orderId;
    this.#updateOrder.run(...args);
  }

  /** Queues an order's line items as order lines (order, position, product, quantity, price). */
  #insertItems(orderId: number, items: readonly unknown[], offset: number): void {
    const products = this.#products;
    for (let i = 0, n = 1; i < items.length; i += LINE_ITEM_FIELDS, n++) {
      const product = products.idOf(items[i] as string | null, items[i + 1] as string | null, items[i + 2] as string | null, items[i + LINE_ITEM_VENDOR] as string | null);
      this.#lines.add(orderId, offset + n, product, items[i + LINE_ITEM_QUANTITY], items[i + LINE_ITEM_PRICE]);
    }
  }

  /** Writes the queued line items. Call before reading line items, and at the end of the import. */
  flush(): void {
    this.#lines.flush();
  }

  /** The customer an order belongs to, created from the order's details the first time it is seen. */
  #customerId(values: readonly unknown[], at: number): number {
    const key = values[at] as string;
    let id = this.#customersWereEmpty ? undefined : (this.#customerByKey.get(key) as number | undefined);
    if (id === undefined && this.#otherStores) {
      id = this.#otherStores.match(key, values[at + 1] as string | null, values[at + 2] as string | null) ?? undefined;
      if (id !== undefined) this.#warnings.add('matchedAcrossStores', 'Customers matched by phone to the same person in another store', this.#line);
    }
    if (id === undefined) {
      const row = this.#customerRow;
      for (let k = 0; k < ORDER_CUSTOMER_WIDTH; k++) row[k] = values[at + k];
      id = Number(this.#insertCustomer.run(...row).lastInsertRowid);
      this.counts.customersAdded++;
    }
    this.#customerIds.push(id);
    return id;
  }

  /** A row of a customers export: the export's values win over what orders said, blanks keep what is known. */
  #saveExportedCustomer(values: readonly unknown[], at: number): number {
    const key = values[at] as string;
    const args = values.slice(at + 1, at + EXPORTED_CUSTOMER_WIDTH);
    const fp = fingerprint(args.join('\u001f'));
    const existing = this.#customerForExport.get(key) as { id: number; export_fingerprint: string | null } | undefined;
    if (!existing) {
      this.counts.customersAdded++;
      this.#insertExportCustomer.run(key, ...args, fp);
    } else if (existing.export_fingerprint !== fp) {
      this.counts.customersUpdated++;
      this.#updateExportCustomer.run(...args, fp, existing.id);
    }
    return at + EXPORTED_CUSTOMER_WIDTH;
  }
}
