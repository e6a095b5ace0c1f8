import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/connection.ts';
import { purchaseOf } from '../purchase-rule.ts';
import { fingerprint } from './fingerprint.ts';
import type { CustomerValues, LineItemValues, OrderOutcome, OrderValues } from './order-types.ts';

const ORDER_COLUMNS = [
  'platform', 'external_id', 'name', 'customer_id', 'email', 'phone', 'created_at', 'created_ms', 'created_day', 'currency',
  'subtotal_cents', 'shipping_cents', 'taxes_cents', 'total_cents', 'discount_code', 'discount_cents', 'refunded_cents',
  'financial_status', 'fulfillment_status', 'cancelled_at', 'accepts_marketing', 'source_channel', 'tags', 'payment_method',
  'billing_city', 'billing_province', 'billing_country', 'shipping_city', 'shipping_province', 'shipping_country',
  'is_purchase', 'net_cents', 'fingerprint',
] as const;

const CUSTOMER_COLUMNS = [
  'email', 'phone', 'first_name', 'last_name', 'company', 'city', 'province', 'country', 'zip', 'accepts_email_marketing',
  'accepts_sms_marketing', 'tags', 'note', 'external_customer_id', 'export_total_spent_cents', 'export_total_orders',
] as const;

export interface WriteCounts {
  ordersAdded: number;
  ordersUpdated: number;
  ordersUnchanged: number;
  customersAdded: number;
  customersUpdated: number;
}

function customerArgs(c: CustomerValues): unknown[] {
  return [c.email, c.phone, c.firstName, c.lastName, c.company, c.city, c.province, c.country, c.zip, c.acceptsEmailMarketing,
    c.acceptsSmsMarketing, c.tags, c.note, c.externalCustomerId, c.exportTotalSpentCents, c.exportTotalOrders];
}

/**
 * Writes one import's orders, line items and customers through prepared statements, inside the
 * caller's transaction. Orders are matched by platform id, else by match key; an order whose
 * content fingerprint is unchanged is not touched.
 */
export class StoreWriter {
  readonly counts: WriteCounts = { ordersAdded: 0, ordersUpdated: 0, ordersUnchanged: 0, customersAdded: 0, customersUpdated: 0 };
  readonly #importId: number;
  /** Orders written by this import: a later group of rows for one of them adds to it. */
  readonly #touched = new Map<number, OrderOutcome>();
  readonly #byExternal: Statement;
  readonly #byKey: Statement;
  readonly #insertOrder: Statement;
  readonly #updateOrder: Statement;
  readonly #deleteItems: Statement;
  readonly #insertItem: Statement;
  readonly #countItems: Statement;
  readonly #customerByKey: Statement;
  readonly #insertCustomer: Statement;
  readonly #customerForExport: Statement;
  readonly #insertExportCustomer: Statement;
  readonly #updateExportCustomer: Statement;

  constructor(db: Db, importId: number) {
    this.#importId = importId;
    this.#byExternal = db.prepare('SELECT id, fingerprint FROM orders WHERE platform = ? AND external_id = ?');
    this.#byKey = db.prepare('SELECT id, fingerprint FROM orders WHERE match_key = ?');
    this.#insertOrder = db.prepare(
      `INSERT INTO orders (${ORDER_COLUMNS.join(', ')}, match_key, import_id) VALUES (${ORDER_COLUMNS.map(() => '?').join(', ')}, ?, ?)
       ON CONFLICT DO NOTHING`,
    );
    this.#updateOrder = db.prepare(`UPDATE orders SET ${ORDER_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_import_id = ? WHERE id = ?`);
    this.#deleteItems = db.prepare('DELETE FROM line_items WHERE order_id = ?');
    this.#insertItem = db.prepare(
      'INSERT INTO line_items (order_id, position, product_title, variant, sku, quantity, price_cents, vendor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.#countItems = db.prepare('SELECT count(*) FROM line_items WHERE order_id = ?').pluck();
    this.#customerByKey = db.prepare('SELECT id FROM customers WHERE identity_key = ?').pluck();
    this.#insertCustomer = db.prepare(
      `INSERT INTO customers (identity_key, ${CUSTOMER_COLUMNS.join(', ')}, first_import_id) VALUES (?, ${CUSTOMER_COLUMNS.map(() => '?').join(', ')}, ?)`,
    );
    this.#customerForExport = db.prepare('SELECT id, export_fingerprint FROM customers WHERE identity_key = ?');
    this.#insertExportCustomer = db.prepare(
      `INSERT INTO customers (identity_key, ${CUSTOMER_COLUMNS.join(', ')}, from_customers_export, export_fingerprint, first_import_id)
       VALUES (?, ${CUSTOMER_COLUMNS.map(() => '?').join(', ')}, 1, ?, ?)`,
    );
    this.#updateExportCustomer = db.prepare(
      `UPDATE customers SET ${CUSTOMER_COLUMNS.map((c) => `${c} = coalesce(?, ${c})`).join(', ')}, from_customers_export = 1, export_fingerprint = ? WHERE id = ?`,
    );
  }

  /** The customer an order belongs to, created from the order's details the first time it is seen. */
  customerIdFor(customer: CustomerValues): number {
    const id = this.#customerByKey.get(customer.identityKey) as number | undefined;
    if (id !== undefined) return id;
    this.counts.customersAdded++;
    return Number(this.#insertCustomer.run(customer.identityKey, ...customerArgs(customer), this.#importId).lastInsertRowid);
  }

  /** A row of a customers export: the export's values win over what orders said, blanks keep what is known. */
  saveExportedCustomer(customer: CustomerValues): OrderOutcome {
    const args = customerArgs(customer);
    const fp = fingerprint(args.join('\u001f'));
    const existing = this.#customerForExport.get(customer.identityKey) as { id: number; export_fingerprint: string | null } | undefined;
    if (!existing) {
      this.counts.customersAdded++;
      this.#insertExportCustomer.run(customer.identityKey, ...args, fp, this.#importId);
      return 'added';
    }
    if (existing.export_fingerprint === fp) return 'unchanged';
    this.counts.customersUpdated++;
    this.#updateExportCustomer.run(...args, fp, existing.id);
    return 'updated';
  }

  /**
   * Adds or refreshes one order with its line items. A later group of rows for an order this import
   * already wrote adds its line items (and its order fields when `hasOrderFields`): `continued`.
   */
  saveOrder(order: OrderValues, items: readonly LineItemValues[], customerId: number | null, hasOrderFields = true): OrderOutcome | 'continued' {
    const { isPurchase, netCents } = purchaseOf(order);
    const args: unknown[] = [
      order.platform, order.externalId, order.name, customerId, order.email, order.phone, order.createdAt, order.createdMs, order.createdDay,
      order.currency, order.subtotalCents, order.shippingCents, order.taxesCents, order.totalCents, order.discountCode, order.discountCents,
      order.refundedCents, order.financialStatus, order.fulfillmentStatus, order.cancelledAt, order.acceptsMarketing, order.sourceChannel,
      order.tags, order.paymentMethod, order.billingCity, order.billingProvince, order.billingCountry, order.shippingCity,
      order.shippingProvince, order.shippingCountry, isPurchase, netCents,
    ];
    let text = args.join('\u001f');
    for (const item of items) text += `\u001e${item.productTitle}\u001f${item.variant}\u001f${item.sku}\u001f${item.quantity}\u001f${item.priceCents}\u001f${item.vendor}`;
    const fp = fingerprint(text);
    args.push(fp);

    const inserted = this.#insertOrder.run(...args, order.matchKey, this.#importId);
    if (inserted.changes > 0) {
      const id = Number(inserted.lastInsertRowid);
      this.#insertItems(id, items, 0);
      this.#touched.set(id, 'added');
      this.counts.ordersAdded++;
      return 'added';
    }
    const existing = ((order.externalId !== null ? this.#byExternal.get(order.platform, order.externalId) : undefined) ??
      this.#byKey.get(order.matchKey)) as { id: number; fingerprint: string | null };
    const earlier = this.#touched.get(existing.id);
    if (earlier === 'unchanged') return 'continued';
    if (earlier !== undefined) {
      if (hasOrderFields) this.#updateOrder.run(...args, this.#importId, existing.id);
      this.#insertItems(existing.id, items, this.#countItems.get(existing.id) as number);
      return 'continued';
    }
    if (existing.fingerprint === fp) {
      this.#touched.set(existing.id, 'unchanged');
      this.counts.ordersUnchanged++;
      return 'unchanged';
    }
    this.#touched.set(existing.id, 'updated');
    this.#updateOrder.run(...args, this.#importId, existing.id);
    this.#deleteItems.run(existing.id);
    this.#insertItems(existing.id, items, 0);
    this.counts.ordersUpdated++;
    return 'updated';
  }

  #insertItems(orderId: number, items: readonly LineItemValues[], offset: number): void {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      this.#insertItem.run(orderId, offset + i + 1, it.productTitle, it.variant, it.sku, it.quantity, it.priceCents, it.vendor);
    }
  }
}
