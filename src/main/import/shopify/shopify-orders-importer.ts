import { Columns } from '../columns.ts';
import { fitRowToHeader } from '../fit-row-to-header.ts';
import { fileError } from '../file-error.ts';
import type { ImportTarget, RowImporter } from '../row-importer.ts';
import type { CustomerValues, LineItemValues, OrderValues } from '../store/order-types.ts';
import { identityKey, normalizeEmail, firstNonBlank } from '../values/identity.ts';
import { parseMoneyCents } from '../values/money.ts';
import { looksLikeSpreadsheetDate, parseShopifyDate, type ParsedInstant } from '../values/dates.ts';
import { looksLikeSpreadsheetNumber, orNull, parseYesNo, stripApostrophe } from '../values/text-cleanup.ts';

/** The columns every generation of the orders export has had since 2012. */
export const SHOPIFY_ORDERS_REQUIRED = ['Name', 'Email', 'Financial Status', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Total'];

/** Column indexes, -1 when the export's generation lacks the column. */
function locate(columns: Columns) {
  const c = (name: string) => columns.find(name);
  return {
    name: c('Name'), email: c('Email'), financialStatus: c('Financial Status'), fulfillmentStatus: c('Fulfillment Status'),
    acceptsMarketing: c('Accepts Marketing'), currency: c('Currency'), subtotal: c('Subtotal'), shipping: c('Shipping'), taxes: c('Taxes'),
    total: c('Total'), discountCode: c('Discount Code'), discountAmount: c('Discount Amount'), createdAt: c('Created at'),
    quantity: c('Lineitem quantity'), itemName: c('Lineitem name'), itemPrice: c('Lineitem price'), sku: c('Lineitem sku'),
    billingName: c('Billing Name'), billingCompany: c('Billing Company'), billingCity: c('Billing City'), billingZip: c('Billing Zip'),
    billingProvince: c('Billing Province'), billingCountry: c('Billing Country'), billingPhone: c('Billing Phone'),
    shippingCity: c('Shipping City'), shippingProvince: c('Shipping Province'), shippingCountry: c('Shipping Country'),
    shippingPhone: c('Shipping Phone'), cancelledAt: c('Cancelled at'), paymentMethod: c('Payment Method'),
    refunded: c('Refunded Amount'), vendor: c('Vendor'), id: c('Id'), tags: c('Tags'), source: c('Source'), phone: c('Phone'),
  };
}

interface PendingOrder {
  name: string;
  firstLine: number;
  created: ParsedInstant | null;
  email: string;
  order: OrderValues | null;
  customer: CustomerValues | null;
  items: LineItemValues[];
}

/** `Product - Variant` as Shopify joins them in `Lineitem name`. */
function splitItemName(text: string): { title: string | null; variant: string | null } {
  const at = text.lastIndexOf(' - ');
  if (at <= 0) return { title: orNull(text), variant: null };
  return { title: orNull(text.slice(0, at)), variant: orNull(text.slice(at + 3)) };
}

function splitName(full: string | null): { first: string | null; last: string | null } {
  if (!full) return { first: null, last: null };
  const at = full.indexOf(' ');
  return at < 0 ? { first: full, last: null } : { first: full.slice(0, at), last: orNull(full.slice(at + 1)) };
}

/**
 * Shopify's orders export, every header generation: one row per line item, the order's own fields
 * on one of its rows only (normally the first), the rows of an order consecutive. An order whose
 * rows come back later in the file gets the later line items added to it.
 */
export function createShopifyOrdersImporter(headers: readonly string[], target: ImportTarget): RowImporter {
  const columns = new Columns(headers);
  const at = locate(columns);
  const { fileName, sink, warnings } = target;
  const width = columns.headers.length;
  let pending: PendingOrder | null = null;

  const get = (fields: string[], index: number): string => (index < 0 ? '' : fields[index]);

  function money(fields: string[], index: number, line: number): number | null {
    const text = get(fields, index);
    if (text === '') return null;
    const cents = parseMoneyCents(text);
    if (cents === null) throw fileError(fileName, line, columns.name(index), text, 'notAnAmount', 'is not an amount of money');
    return cents;
  }

  function instant(text: string, index: number, line: number): ParsedInstant {
    const parsed = parseShopifyDate(text);
    if (parsed) return parsed;
    if (looksLikeSpreadsheetDate(text)) {
      throw fileError(fileName, line, columns.name(index), text, 'spreadsheetDate', "is not a date in Shopify's format (the file looks re-saved by a spreadsheet program; export it again from Shopify)");
    }
    throw fileError(fileName, line, columns.name(index), text, 'notAShopifyDate', "is not a date in Shopify's format (YYYY-MM-DD HH:MM:SS +HHMM)");
  }

  function readOrder(fields: string[], line: number, name: string, email: string): { order: OrderValues; customer: CustomerValues | null } {
    const idText = stripApostrophe(get(fields, at.id).trim());
    if (idText !== '' && looksLikeSpreadsheetNumber(idText)) {
      throw fileError(fileName, line, columns.name(at.id), idText, 'spreadsheetId', 'is an order id a spreadsheet program turned into a rounded number; export the file again from Shopify');
    }
    const cancelledText = get(fields, at.cancelledAt).trim();
    const phone = firstNonBlank(stripApostrophe(get(fields, at.phone)), stripApostrophe(get(fields, at.billingPhone)), stripApostrophe(get(fields, at.shippingPhone)));
    const order: OrderValues = {
      platform: 'shopify',
      externalId: idText === '' ? null : idText,
      name,
      matchKey: `shopify:${name}`,
      email: orNull(email),
      phone,
      createdAt: '',
      createdMs: 0,
      createdDay: '',
      currency: orNull(get(fields, at.currency)),
      subtotalCents: money(fields, at.subtotal, line),
      shippingCents: money(fields, at.shipping, line),
      taxesCents: money(fields, at.taxes, line),
      totalCents: money(fields, at.total, line) ?? 0,
      discountCode: orNull(get(fields, at.discountCode)),
      discountCents: money(fields, at.discountAmount, line),
      refundedCents: money(fields, at.refunded, line) ?? 0,
      financialStatus: orNull(get(fields, at.financialStatus))?.toLowerCase() ?? null,
      fulfillmentStatus: orNull(get(fields, at.fulfillmentStatus))?.toLowerCase() ?? null,
      cancelledAt: cancelledText === '' ? null : instant(cancelledText, at.cancelledAt, line).iso,
      acceptsMarketing: parseYesNo(get(fields, at.acceptsMarketing)),
      sourceChannel: orNull(get(fields, at.source)),
      tags: orNull(get(fields, at.tags)),
      paymentMethod: orNull(get(fields, at.paymentMethod)),
      billingCity: orNull(get(fields, at.billingCity)),
      billingProvince: orNull(get(fields, at.billingProvince)),
      billingCountry: orNull(get(fields, at.billingCountry)),
      shippingCity: orNull(get(fields, at.shippingCity)),
      shippingProvince: orNull(get(fields, at.shippingProvince)),
      shippingCountry: orNull(get(fields, at.shippingCountry)),
    };
    const key = identityKey(email, [phone]);
    if (!key) return { order, customer: null };
    const names = splitName(orNull(get(fields, at.billingName)));
    const customer: CustomerValues = {
      identityKey: key,
      email: normalizeEmail(email),
      phone,
      firstName: names.first,
      lastName: names.last,
      company: orNull(get(fields, at.billingCompany)),
      city: order.billingCity,
      province: order.billingProvince,
      country: order.billingCountry,
      zip: orNull(stripApostrophe(get(fields, at.billingZip))),
      acceptsEmailMarketing: order.acceptsMarketing,
      acceptsSmsMarketing: null,
      externalCustomerId: null,
    };
    return { order, customer };
  }

  function lineItem(fields: string[], line: number): LineItemValues {
    const qtyText = get(fields, at.quantity).trim();
    let quantity = Number(qtyText);
    if (qtyText === '' || !Number.isSafeInteger(quantity)) {
      warnings.add('badQuantity', 'Line items whose quantity is not a whole number were counted as 1', line);
      quantity = 1;
    }
    let priceCents = 0;
    const priceText = get(fields, at.itemPrice);
    if (priceText !== '') {
      const parsed = parseMoneyCents(priceText);
      if (parsed === null) warnings.add('badItemPrice', 'Line items whose price is not an amount were stored with price 0', line);
      else priceCents = parsed;
    }
    const { title, variant } = splitItemName(get(fields, at.itemName));
    return { productTitle: title, variant, sku: orNull(stripApostrophe(get(fields, at.sku))), quantity, priceCents, vendor: orNull(get(fields, at.vendor)) };
  }

  function flush(p: PendingOrder): void {
    const created = p.created ?? instant('', at.createdAt, p.firstLine);
    let order = p.order;
    let customer = p.customer;
    if (!order) {
      warnings.add('noOrderRow', "Orders with no row carrying the order's totals: their total is the sum of their line items", p.firstLine);
      const fallback = readOrderFallback(p);
      order = fallback.order;
      customer = fallback.customer;
      order.totalCents = p.items.reduce((sum, it) => sum + it.priceCents * it.quantity, 0);
    }
    order.createdAt = created.iso;
    order.createdMs = created.ms;
    order.createdDay = created.day;
    if (!customer) warnings.add('unidentifiedOrder', 'Orders with neither e-mail nor phone: counted in sales, not attached to a customer', p.firstLine);
    sink.order(order, p.items, customer, p.order !== null, p.firstLine);
  }

  function readOrderFallback(p: PendingOrder): { order: OrderValues; customer: CustomerValues | null } {
    const blank: string[] = new Array<string>(width).fill('');
    if (at.email >= 0) blank[at.email] = p.email;
    return readOrder(blank, p.firstLine, p.name, p.email);
  }

  return {
    columns: Object.values(at),
    row(fields, count, line) {
      if (!fitRowToHeader(fields, count, width, warnings, line)) return;
      const name = fields[at.name].trim();
      if (name === '') {
        warnings.add('blankName', 'Rows without an order name were skipped', line);
        return;
      }
      if (pending === null || pending.name !== name) {
        if (pending) flush(pending);
        pending = { name, firstLine: line, created: null, email: get(fields, at.email), order: null, customer: null, items: [] };
      }
      if (pending.created === null && fields[at.createdAt].trim() !== '') pending.created = instant(fields[at.createdAt], at.createdAt, line);
      if (pending.order === null && (get(fields, at.financialStatus) !== '' || get(fields, at.total) !== '')) {
        const email = get(fields, at.email) || pending.email;
        const read = readOrder(fields, line, pending.name, email);
        pending.order = read.order;
        pending.customer = read.customer;
      }
      if (get(fields, at.itemName) !== '' || get(fields, at.quantity) !== '') pending.items.push(lineItem(fields, line));
    },
    finish() {
      if (pending) flush(pending);
      pending = null;
    },
  };
}
