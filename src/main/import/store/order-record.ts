import { purchaseOf } from '../purchase-rule.ts';
import { fingerprint } from './fingerprint.ts';
import type { CustomerValues, ExportedCustomerValues, LineItemValues, OrderValues } from './order-types.ts';

/** What the importers hand their orders and exported customers to, in file order. */
export interface RecordSink {
  /** `hasOrderFields`: false when none of the order's rows carried its totals (later rows may add them). */
  order(order: OrderValues, items: readonly LineItemValues[], customer: CustomerValues | null, hasOrderFields: boolean, line: number): void;
  exportedCustomer(customer: ExportedCustomerValues): void;
}

/**
 * The columns of `orders` an order record carries, in order (`customer_id` is filled in by the writer).
 * `details_json` holds the fields nothing analyses, as a JSON array (see detailsJson).
 */
export const ORDER_COLUMNS = [
  'platform', 'external_id', 'name', 'customer_id', 'email', 'phone', 'created_at', 'created_ms', 'created_day', 'currency',
  'total_cents', 'discount_code', 'refunded_cents', 'source_channel', 'is_purchase', 'net_cents', 'details_json', 'fingerprint',
] as const;
export const ORDER_CUSTOMER_ID = ORDER_COLUMNS.indexOf('customer_id');
export const ORDER_FINGERPRINT = ORDER_COLUMNS.indexOf('fingerprint');

/** The columns of `customers` an order's customer carries after its identity key, in order. */
export const ORDER_CUSTOMER_COLUMNS = [
  'email', 'phone', 'first_name', 'last_name', 'company', 'city', 'province', 'country', 'zip', 'accepts_email_marketing', 'accepts_sms_marketing',
  'external_customer_id',
] as const;

/** The columns of `customers` a customers export row carries after its identity key, in order. */
export const EXPORTED_CUSTOMER_COLUMNS = [
  'email', 'phone', 'first_name', 'last_name', 'company', 'city', 'province', 'country', 'zip', 'accepts_email_marketing',
  'accepts_sms_marketing', 'tags', 'note', 'external_customer_id', 'export_total_spent_cents', 'export_total_orders',
] as const;

/** A line item's values in a record: product title, variant, SKU, quantity, price, vendor. */
export const LINE_ITEM_FIELDS = 6;
export const LINE_ITEM_QUANTITY = 3;
export const LINE_ITEM_PRICE = 4;
export const LINE_ITEM_VENDOR = 5;

/** An order's content: ORDER_COLUMNS up to its fingerprint, then LINE_ITEM_FIELDS for each line item. */
export const ORDER_CONTENT_COLUMNS = ORDER_FINGERPRINT;

/** Which content values are numbers: the order columns that are, then a line item's quantity and price. */
const NUMBER_COLUMNS = new Set(['created_ms', 'total_cents', 'refunded_cents', 'is_purchase', 'net_cents']);
const ORDER_NUMBERS = ORDER_COLUMNS.slice(0, ORDER_CONTENT_COLUMNS).map((column) => NUMBER_COLUMNS.has(column));
const ITEM_NUMBERS = [false, false, false, true, true, false];

/** Joins an order's content into one text; null reads as '' (no content value is an empty string). */
const SEPARATOR = '\u001f';
/** The separator as a UTF-8 byte: a file without it cannot put it in any value. */
export const RECORD_SEPARATOR_BYTE = 0x1f;

/**
 * An order's `details_json`: the array that the view `order_details` reads as subtotal_cents, shipping_cents,
 * taxes_cents, discount_cents, financial_status, fulfillment_status, cancelled_at, accepts_marketing, tags,
 * payment_method, billing_city, billing_province, billing_country, shipping_city, shipping_province and
 * shipping_country, in that order (migrations 8 and 9), then export_customer_type when the export gave one
 * (migration 10). JSON escapes control characters, so the text never
 * holds the record separator.
 */
function detailsJson(o: OrderValues): string {
  const details: unknown[] = [
    o.subtotalCents, o.shippingCents, o.taxesCents, o.discountCents, o.financialStatus, o.fulfillmentStatus, o.cancelledAt, o.acceptsMarketing,
    o.tags, o.paymentMethod, o.billingCity, o.billingProvince, o.billingCountry, o.shippingCity, o.shippingProvince, o.shippingCountry,
  ];
  if (o.exportCustomerType) details.push(o.exportCustomerType);
  return JSON.stringify(details);
}

/**
 * The flat layout that carries records from the importers to the store writer (possibly across threads,
 * where each value sent costs both threads time):
 *   order:    ORDER, line, hasOrderFields, fingerprint?, matchKey, customer?, content
 *   customer: EXPORTED_CUSTOMER, identityKey, ...EXPORTED_CUSTOMER_COLUMNS
 * where `fingerprint?` is null when the writing side is to work it out, `customer?` is one of the
 * OrderCustomer forms, and `content` is the order's content joined into one text (the fingerprint is the
 * hash of that text), or, when a value holds the separator, its number of values followed by them.
 */
export const RecordTag = { order: 1, exportedCustomer: 2 } as const;

/**
 * How an order record names its customer: none; in full (identity key and ORDER_CUSTOMER_COLUMNS), on their
 * first order in the file, which numbers them 0, 1, 2, ... in order of appearance; or known, by that number alone.
 */
export const OrderCustomer = { none: 0, full: 1, known: 2 } as const;

/**
 * A copy of a key that shares no memory with the text it was cut from: a key kept for the whole import
 * must not keep its whole CSV line alive with it.
 */
const detached = (key: string): string => Buffer.from(key, 'utf8').toString('utf8');

function separators(text: string): number {
  let count = 0;
  for (let at = text.indexOf(SEPARATOR); at !== -1; at = text.indexOf(SEPARATOR, at + 1)) count++;
  return count;
}

/**
 * Reads the content of the order record at `at` into `row` (its ORDER_CONTENT_COLUMNS values, and its
 * fingerprint when the record came without one) and `items` (LINE_ITEM_FIELDS values each, replacing what
 * it held); answers where the record ends.
 */
export function readOrderContent(values: readonly unknown[], at: number, row: unknown[], items: unknown[]): number {
  const content = values[at];
  items.length = 0;
  if (typeof content !== 'string') {
    const count = content as number;
    for (let k = 0; k < ORDER_CONTENT_COLUMNS; k++) row[k] = values[at + 1 + k];
    for (let k = ORDER_CONTENT_COLUMNS; k < count; k++) items.push(values[at + 1 + k]);
    row[ORDER_FINGERPRINT] ??= fingerprint(values.slice(at + 1, at + 1 + count).join(SEPARATOR));
    return at + 1 + count;
  }
  row[ORDER_FINGERPRINT] ??= fingerprint(content);
  const parts = content.split(SEPARATOR);
  for (let k = 0; k < ORDER_CONTENT_COLUMNS; k++) {
    const part = parts[k];
    row[k] = part === '' ? null : ORDER_NUMBERS[k] ? Number(part) : part;
  }
  for (let k = ORDER_CONTENT_COLUMNS; k < parts.length; k++) {
    const part = parts[k];
    items.push(part === '' ? null : ITEM_NUMBERS[(k - ORDER_CONTENT_COLUMNS) % LINE_ITEM_FIELDS] ? Number(part) : part);
  }
  return at + 1;
}

function pushOrderCustomer(out: unknown[], c: CustomerValues): void {
  out.push(c.identityKey, c.email, c.phone, c.firstName, c.lastName, c.company, c.city, c.province, c.country, c.zip, c.acceptsEmailMarketing,
    c.acceptsSmsMarketing, c.externalCustomerId);
}

function pushExportedCustomer(out: unknown[], c: ExportedCustomerValues): void {
  out.push(c.identityKey, c.email, c.phone, c.firstName, c.lastName, c.company, c.city, c.province, c.country, c.zip, c.acceptsEmailMarketing,
    c.acceptsSmsMarketing, c.tags, c.note, c.externalCustomerId, c.exportTotalSpentCents, c.exportTotalOrders);
}

/**
 * Turns records into the flat layout, with each order's purchase rule worked out here, on the parsing
 * side; `take` hands over what has gathered since the last call. The importing side takes a batch often
 * enough to keep it small: a large array lives in the old generation, and filling it with new strings
 * costs the garbage collector a record for every slot.
 */
export class RecordEncoder implements RecordSink {
  #values: unknown[] = [];
  /** Identity key -> number, for the customers whose details went out with an earlier order of this file. */
  readonly #customersSent = new Map<string, number>();
  readonly #separatorSeen: () => boolean;
  readonly #writerBehind: () => boolean;

  /**
   * `separatorSeen`: whether the file so far holds the separator character anywhere; until it does, no value
   * can hold it, and the content texts need no check. `writerBehind`: whether the writing side has records
   * waiting; while it has, this side works out each order's fingerprint, otherwise the writing side does.
   * Which side is busier changes along a file (new customers cost the writer most near its start).
   */
  constructor(separatorSeen: () => boolean, writerBehind: () => boolean) {
    this.#separatorSeen = separatorSeen;
    this.#writerBehind = writerBehind;
  }

  order(order: OrderValues, items: readonly LineItemValues[], customer: CustomerValues | null, hasOrderFields: boolean, line: number): void {
    const { isPurchase, netCents } = purchaseOf(order);
    const content: unknown[] = [
      order.platform, order.externalId, order.name, null, order.email, order.phone, order.createdAt, order.createdMs, order.createdDay,
      order.currency, order.totalCents, order.discountCode, order.refundedCents, order.sourceChannel, isPurchase, netCents, detailsJson(order),
    ];
    for (const it of items) content.push(it.productTitle, it.variant, it.sku, it.quantity, it.priceCents, it.vendor);
    const text = content.join(SEPARATOR);
    const out = this.#values;
    out.push(RecordTag.order, line, hasOrderFields ? 1 : 0, this.#writerBehind() ? fingerprint(text) : null, order.matchKey);
    const known = customer ? this.#customersSent.get(customer.identityKey) : undefined;
    if (!customer) {
      out.push(OrderCustomer.none);
    } else if (known !== undefined) {
      out.push(OrderCustomer.known, known);
    } else {
      this.#customersSent.set(detached(customer.identityKey), this.#customersSent.size);
      out.push(OrderCustomer.full);
      pushOrderCustomer(out, customer);
    }
    if (!this.#separatorSeen() || separators(text) === content.length - 1) {
      out.push(text);
    } else {
      out.push(content.length);
      for (const value of content) out.push(value);
    }
  }

  exportedCustomer(customer: ExportedCustomerValues): void {
    this.#values.push(RecordTag.exportedCustomer);
    pushExportedCustomer(this.#values, customer);
  }

  /** How many values have gathered since the last `take`. */
  get size(): number {
    return this.#values.length;
  }

  take(): unknown[] {
    const values = this.#values;
    this.#values = [];
    return values;
  }
}
