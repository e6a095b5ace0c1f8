import { Columns } from '../columns.ts';
import { fitRowToHeader } from '../fit-row-to-header.ts';
import { fileError } from '../file-error.ts';
import type { ImportTarget, RowImporter } from '../row-importer.ts';
import type { CustomerValues, LineItemValues, OrderValues } from '../store/order-types.ts';
import { identityKey, normalizeEmail, firstNonBlank } from '../values/identity.ts';
import { parseMoneyCents } from '../values/money.ts';
import { parseDate, type ParsedInstant } from '../values/dates.ts';
import { looksLikeSpreadsheetNumber, orNull, parseYesNo, stripApostrophe } from '../values/text-cleanup.ts';
import type { ColumnMapping, DateFormat, MappingField } from '../../../shared/domain/imports.ts';

export interface MappedPlan {
  /** Namespace of order keys and buyer ids: `woocommerce`, `etsy`, `transactions`, `other`. */
  platform: string;
  mapping: ColumnMapping;
  dateFormat: DateFormat;
}

const FORMAT_NAMES: Record<DateFormat, string> = { iso: 'YYYY-MM-DD', ymd_compact: 'YYYYMMDD', mdy: 'MM/DD/YYYY', dmy: 'DD/MM/YYYY' };

interface PendingOrder {
  orderId: string | null;
  firstLine: number;
  order: OrderValues;
  customer: CustomerValues | null;
  amounts: number[];
  /** The total after refunds, when the file gives that instead of a refund. */
  netCents: number | null;
  items: LineItemValues[];
}

/**
 * Any order or transaction CSV read through a column mapping (a preset or the user's). Rows with
 * the same order id next to each other are one order (its amount is taken once when repeated on
 * every row, summed when the rows differ); without an order id each row is one order.
 */
export function createMappedOrdersImporter(headers: readonly string[], plan: MappedPlan, target: ImportTarget): RowImporter {
  const columns = new Columns(headers);
  const { fileName, sink, warnings } = target;
  const width = columns.headers.length;
  const at = Object.fromEntries(
    (Object.entries(plan.mapping) as [MappingField, string][]).map(([field, header]) => [field, columns.find(header)]),
  ) as Partial<Record<MappingField, number>>;
  const get = (fields: string[], field: MappingField): string => {
    const index = at[field];
    return index === undefined || index < 0 ? '' : fields[index];
  };
  const columnOf = (field: MappingField) => columns.name(at[field] ?? -1);
  const occurrences = new Map<string, number>();
  let pending: PendingOrder | null = null;

  function instant(text: string, line: number): ParsedInstant {
    const parsed = parseDate(text, plan.dateFormat);
    if (!parsed) throw fileError(fileName, line, columnOf('date'), text, 'notADate', `is not a date written as ${FORMAT_NAMES[plan.dateFormat]}`, { format: FORMAT_NAMES[plan.dateFormat] });
    return parsed;
  }

  function money(fields: string[], field: MappingField, line: number): number | null {
    const text = get(fields, field);
    if (text.trim() === '') return null;
    const cents = parseMoneyCents(text);
    if (cents === null) throw fileError(fileName, line, columnOf(field), text, 'notAnAmount', 'is not an amount of money');
    return cents;
  }

  function lineItem(fields: string[], line: number): LineItemValues | null {
    const product = orNull(get(fields, 'product'));
    if (!product) return null;
    const qtyText = get(fields, 'quantity').trim();
    let quantity = qtyText === '' ? 1 : Number(qtyText);
    if (!Number.isSafeInteger(quantity)) {
      warnings.add('badQuantity', 'Line items whose quantity is not a whole number were counted as 1', line);
      quantity = 1;
    }
    return { productTitle: product, variant: null, sku: orNull(stripApostrophe(get(fields, 'sku'))), quantity, priceCents: money(fields, 'price', line) ?? 0, vendor: null };
  }

  function start(fields: string[], line: number, orderId: string | null): PendingOrder {
    const created = instant(get(fields, 'date'), line);
    const email = orNull(get(fields, 'email'));
    const phone = orNull(stripApostrophe(get(fields, 'phone')));
    const customerRef = orNull(stripApostrophe(get(fields, 'customerId')));
    const key = identityKey(email, [phone], { source: plan.platform, id: customerRef });
    const fullName = orNull(get(fields, 'fullName'));
    const first = orNull(get(fields, 'firstName')) ?? (fullName ? fullName.split(' ')[0] : null);
    const last = orNull(get(fields, 'lastName')) ?? (fullName && fullName.includes(' ') ? fullName.slice(fullName.indexOf(' ') + 1).trim() : null);
    const status = orNull(get(fields, 'status'))?.toLowerCase().replace(/^wc-/, '') ?? null;
    const acceptsMarketing = parseYesNo(get(fields, 'acceptsMarketing'));
    const order: OrderValues = {
      platform: plan.platform, externalId: orderId, name: orderId, matchKey: '', email: normalizeEmail(email), phone,
      createdAt: created.iso, createdMs: created.ms, createdDay: created.day, currency: orNull(get(fields, 'currency'))?.toUpperCase() ?? null,
      subtotalCents: null, shippingCents: null, taxesCents: null, totalCents: 0, discountCode: null, discountCents: null,
      refundedCents: money(fields, 'refunded', line) ?? 0, financialStatus: status, fulfillmentStatus: null, cancelledAt: null,
      acceptsMarketing, sourceChannel: null, tags: null, paymentMethod: null, billingCity: null, billingProvince: null,
      billingCountry: null, shippingCity: null, shippingProvince: null, shippingCountry: null,
    };
    const customer: CustomerValues | null = key
      ? {
          identityKey: key, email: normalizeEmail(email), phone: firstNonBlank(phone), firstName: first, lastName: last, company: null,
          city: null, province: null, country: null, zip: null, acceptsEmailMarketing: acceptsMarketing, acceptsSmsMarketing: null,
          externalCustomerId: customerRef,
        }
      : null;
    return { orderId, firstLine: line, order, customer, amounts: [], netCents: money(fields, 'netAmount', line), items: [] };
  }

  function flush(p: PendingOrder): void {
    const { order } = p;
    if (p.amounts.length === 0) warnings.add('noAmount', 'Orders with no amount were stored with a total of 0', p.firstLine);
    order.totalCents = p.amounts.length > 0 && p.amounts.every((a) => a === p.amounts[0]) ? p.amounts[0] : p.amounts.reduce((s, a) => s + a, 0);
    if (p.netCents !== null && at.refunded === undefined) order.refundedCents = order.totalCents - p.netCents;
    if (p.orderId !== null) {
      order.matchKey = `${plan.platform}:${p.orderId}`;
    } else {
      const base = `${plan.platform}:row:${p.customer?.identityKey ?? ''}|${order.createdAt}|${order.totalCents}`;
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      order.matchKey = `${base}#${n}`;
    }
    if (!p.customer) warnings.add('unidentifiedOrder', 'Orders with neither e-mail nor phone: counted in sales, not attached to a customer', p.firstLine);
    sink.order(order, p.items, p.customer, true, p.firstLine);
  }

  return {
    columns: Object.values(at).filter((index) => index !== undefined),
    row(fields, count, line) {
      if (!fitRowToHeader(fields, count, width, warnings, line)) return;
      const idText = orNull(stripApostrophe(get(fields, 'orderId')));
      if (idText !== null && looksLikeSpreadsheetNumber(idText)) {
        throw fileError(fileName, line, columnOf('orderId'), idText, 'spreadsheetId', 'is an order id a spreadsheet program turned into a rounded number; export the file again');
      }
      if (pending === null || idText === null || pending.orderId !== idText) {
        if (pending) flush(pending);
        pending = start(fields, line, idText);
      }
      const amount = money(fields, 'amount', line);
      if (amount !== null) pending.amounts.push(amount);
      const item = lineItem(fields, line);
      if (item) pending.items.push(item);
    },
    finish() {
      if (pending) flush(pending);
      pending = null;
    },
  };
}
