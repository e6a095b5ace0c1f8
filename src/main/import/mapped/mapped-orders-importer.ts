import { Columns } from '../columns.ts';
import { fitRowToHeader } from '../fit-row-to-header.ts';
import { fileError } from '../file-error.ts';
import type { ImportTarget, RowImporter } from '../row-importer.ts';
import type { CustomerValues, LineItemValues, OrderValues } from '../store/order-types.ts';
import { identityKey, nameKey, normalizeEmail, firstNonBlank } from '../values/identity.ts';
import { parseMoneyCents } from '../values/money.ts';
import { parseDate, parseZonedDate, type ParsedInstant } from '../values/dates.ts';
import { ianaZone } from '../values/time-zones.ts';
import { looksLikeSpreadsheetNumber, orNull, parseYesNo, stripApostrophe } from '../values/text-cleanup.ts';
import { customerTypeOf, statusSlug } from './platform-values.ts';
import { parseBuyer, parseProductList } from './compound-cells.ts';
import type { PresetColumns, PresetReading } from './presets.ts';
import type { ColumnMapping, DateFormat, MappingField } from '../../../shared/domain/imports.ts';

export interface MappedPlan {
  /** Namespace of order keys and buyer ids: `woocommerce`, `etsy`, `square`, `transactions`, `other`. */
  platform: string;
  mapping: ColumnMapping;
  dateFormat: DateFormat;
  /** How a preset reads the file beyond its mapping; absent for a user's mapping. */
  reading?: PresetReading;
}

const FORMAT_NAMES: Record<DateFormat, string> = { iso: 'YYYY-MM-DD', ymd_compact: 'YYYYMMDD', mdy: 'MM/DD/YYYY', dmy: 'DD/MM/YYYY' };

interface PendingOrder {
  orderId: string | null;
  firstLine: number;
  /** From the order's first sale row: null while only refund rows were seen. */
  order: OrderValues | null;
  customer: CustomerValues | null;
  byName: boolean;
  /** Order-level amounts as each row gave them: taken once when repeated, summed when the rows differ. */
  amounts: number[];
  /** Per-row amounts, summed. */
  rowSum: number;
  rowAmountSeen: boolean;
  /** Order-level additions less deductions, from the first row that has them. */
  adjustments: number | null;
  /** Refund rows' amounts, summed. */
  refundRows: number;
  /** The total after refunds, when the file gives that instead of a refund. */
  netCents: number | null;
  items: LineItemValues[];
}

/**
 * Any order or transaction CSV read through a column mapping (a preset or the user's). Rows with the same
 * order id next to each other are one order (anywhere in the file for presets that say so); without an
 * order id each row is one order. An order's amount is its order-level amount (taken once when repeated on
 * every row, summed when the rows differ), plus its rows' own amounts and its order-level additions; refund
 * rows add to its refunded amount.
 */
export function createMappedOrdersImporter(headers: readonly string[], plan: MappedPlan, target: ImportTarget): RowImporter {
  const columns = new Columns(headers);
  const { fileName, sink, warnings } = target;
  const width = columns.headers.length;
  const extra: PresetColumns = plan.reading?.columns ?? {};
  const byNameAllowed = plan.reading?.identifyByName ?? false;
  const acrossFile = plan.reading?.groupAcrossFile ?? false;
  const at = Object.fromEntries(
    (Object.entries(plan.mapping) as [MappingField, string][]).map(([field, header]) => [field, columns.find(header)]),
  ) as Partial<Record<MappingField, number>>;
  const col = (header: string | undefined) => (header === undefined ? -1 : columns.find(header));
  const x = {
    time: col(extra.time), timeZone: col(extra.timeZone), event: col(extra.event), itemValue: col(extra.itemValue), variant: col(extra.variant),
    productList: col(extra.productList), customerType: col(extra.customerType), buyer: col(extra.buyer),
    rowAmounts: (extra.rowAmounts ?? []).map(col), additions: (extra.orderAdditions ?? []).map(col), deductions: (extra.orderDeductions ?? []).map(col),
  };
  const get = (fields: string[], field: MappingField): string => {
    const index = at[field];
    return index === undefined || index < 0 ? '' : fields[index];
  };
  const cell = (fields: string[], index: number): string => (index < 0 ? '' : fields[index]);
  const columnOf = (field: MappingField) => columns.name(at[field] ?? -1);
  const occurrences = new Map<string, number>();
  const open = new Map<string, PendingOrder>();
  let pending: PendingOrder | null = null;

  function instant(fields: string[], line: number): ParsedInstant {
    const text = get(fields, 'date');
    let parsed: ParsedInstant | null;
    if (x.time >= 0) {
      const zoneText = cell(fields, x.timeZone).trim();
      const zone = zoneText === '' ? null : ianaZone(zoneText);
      if (zone === null && zoneText !== '') warnings.add('unknownTimeZone', 'Times in a time zone Regulars does not know were read as written (UTC)', line);
      parsed = parseZonedDate(text, cell(fields, x.time), zone, plan.dateFormat);
    } else {
      parsed = parseDate(text, plan.dateFormat);
    }
    if (!parsed) throw fileError(fileName, line, columnOf('date'), text, 'notADate', `is not a date written as ${FORMAT_NAMES[plan.dateFormat]}`, { format: FORMAT_NAMES[plan.dateFormat] });
    return parsed;
  }

  function moneyAt(fields: string[], index: number, line: number): number | null {
    const text = cell(fields, index);
    if (text.trim() === '') return null;
    const cents = parseMoneyCents(text);
    if (cents === null) throw fileError(fileName, line, columns.name(index), text, 'notAnAmount', 'is not an amount of money');
    return cents;
  }
  const money = (fields: string[], field: MappingField, line: number) => moneyAt(fields, at[field] ?? -1, line);

  function quantityOf(text: string, line: number): number {
    const trimmed = text.trim();
    const quantity = trimmed === '' ? 1 : Math.abs(Number(trimmed));
    if (Number.isSafeInteger(quantity)) return quantity;
    warnings.add('badQuantity', 'Line items whose quantity is not a whole number were counted as 1', line);
    return 1;
  }

  function lineItems(fields: string[], line: number): LineItemValues[] {
    if (x.productList >= 0) return parseProductList(cell(fields, x.productList));
    const product = orNull(get(fields, 'product'));
    if (!product) return [];
    const quantity = quantityOf(get(fields, 'quantity'), line);
    const value = x.itemValue >= 0 ? moneyAt(fields, x.itemValue, line) : null;
    const priceCents = value !== null ? Math.round(Math.abs(value) / Math.max(1, quantity)) : (money(fields, 'price', line) ?? 0);
    return [{ productTitle: product, variant: orNull(cell(fields, x.variant)), sku: orNull(stripApostrophe(get(fields, 'sku'))), quantity, priceCents, vendor: null }];
  }

  function sumOf(fields: string[], indexes: number[], line: number): number | null {
    let sum: number | null = null;
    for (const index of indexes) {
      const cents = moneyAt(fields, index, line);
      if (cents !== null) sum = (sum ?? 0) + cents;
    }
    return sum;
  }

  function readOrder(fields: string[], line: number, orderId: string | null): Pick<PendingOrder, 'order' | 'customer' | 'byName' | 'netCents'> {
    const created = instant(fields, line);
    const email = orNull(get(fields, 'email'));
    const phone = orNull(stripApostrophe(get(fields, 'phone')));
    const buyer = parseBuyer(cell(fields, x.buyer));
    const customerRef = orNull(stripApostrophe(get(fields, 'customerId'))) ?? buyer.username;
    const fullName = orNull(get(fields, 'fullName')) ?? buyer.name;
    let key = identityKey(email, [phone], { source: plan.platform, id: customerRef });
    const byName = key === null && byNameAllowed && fullName !== null;
    if (byName) key = nameKey(plan.platform, fullName);
    const first = orNull(get(fields, 'firstName')) ?? (fullName ? fullName.split(' ')[0] : null);
    const last = orNull(get(fields, 'lastName')) ?? (fullName && fullName.includes(' ') ? fullName.slice(fullName.indexOf(' ') + 1).trim() : null);
    const acceptsMarketing = parseYesNo(get(fields, 'acceptsMarketing'));
    const order: OrderValues = {
      platform: plan.platform, externalId: orderId, name: orderId, matchKey: '', email: normalizeEmail(email), phone,
      createdAt: created.iso, createdMs: created.ms, createdDay: created.day, currency: orNull(get(fields, 'currency'))?.toUpperCase() ?? null,
      subtotalCents: null, shippingCents: null, taxesCents: null, totalCents: 0, discountCode: null, discountCents: null,
      refundedCents: money(fields, 'refunded', line) ?? 0, financialStatus: statusSlug(get(fields, 'status')), fulfillmentStatus: null, cancelledAt: null,
      acceptsMarketing, sourceChannel: null, tags: null, paymentMethod: null, billingCity: null, billingProvince: null,
      billingCountry: null, shippingCity: null, shippingProvince: null, shippingCountry: null, exportCustomerType: customerTypeOf(cell(fields, x.customerType)),
    };
    const customer: CustomerValues | null = key
      ? {
          identityKey: key, email: normalizeEmail(email), phone: firstNonBlank(phone), firstName: first, lastName: last, company: null,
          city: null, province: null, country: null, zip: null, acceptsEmailMarketing: acceptsMarketing, acceptsSmsMarketing: null,
          externalCustomerId: customerRef,
        }
      : null;
    return { order, customer, byName, netCents: money(fields, 'netAmount', line) };
  }

  function flush(p: PendingOrder): void {
    const { order } = p;
    if (!order) {
      warnings.add('refundWithoutSale', 'Refunds of sales that are not in this file were left out: import the file that holds the sale', p.firstLine);
      return;
    }
    if (p.amounts.length === 0 && !p.rowAmountSeen) warnings.add('noAmount', 'Orders with no amount were stored with a total of 0', p.firstLine);
    const orderAmount = p.amounts.length > 0 && p.amounts.every((a) => a === p.amounts[0]) ? p.amounts[0] : p.amounts.reduce((s, a) => s + a, 0);
    order.totalCents = orderAmount + p.rowSum + (p.adjustments ?? 0);
    if (p.netCents !== null && at.refunded === undefined) order.refundedCents = order.totalCents - p.netCents;
    if (p.refundRows > 0) {
      order.refundedCents += p.refundRows;
      order.financialStatus = order.refundedCents >= order.totalCents ? 'refunded' : 'partially_refunded';
    }
    if (p.orderId !== null) {
      order.matchKey = `${plan.platform}:${p.orderId}`;
    } else {
      const base = `${plan.platform}:row:${p.customer?.identityKey ?? ''}|${order.createdAt}|${order.totalCents}`;
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      order.matchKey = `${base}#${n}`;
    }
    if (!p.customer) warnings.add('unidentifiedOrder', 'Orders with neither e-mail nor phone: counted in sales, not attached to a customer', p.firstLine);
    if (p.byName) warnings.add('matchedByName', 'Orders matched to their customer by name only (the file has no e-mail, phone or customer id): two people of one name count as one customer', p.firstLine);
    sink.order(order, p.items, p.customer, true, p.firstLine);
  }

  function groupFor(orderId: string | null, line: number): PendingOrder {
    const fresh = (): PendingOrder => ({ orderId, firstLine: line, order: null, customer: null, byName: false, amounts: [], rowSum: 0, rowAmountSeen: false, adjustments: null, refundRows: 0, netCents: null, items: [] });
    if (acrossFile && orderId !== null) {
      let group = open.get(orderId);
      if (!group) {
        group = fresh();
        open.set(orderId, group);
      }
      return group;
    }
    if (pending === null || orderId === null || pending.orderId !== orderId) {
      if (pending) flush(pending);
      pending = fresh();
    }
    return pending;
  }

  return {
    columns: [...Object.values(at), x.time, x.timeZone, x.event, x.itemValue, x.variant, x.productList, x.customerType, x.buyer, ...x.rowAmounts, ...x.additions, ...x.deductions].filter(
      (index) => index !== undefined && index >= 0,
    ),
    row(fields, count, line) {
      if (!fitRowToHeader(fields, count, width, warnings, line)) return;
      const idText = orNull(stripApostrophe(get(fields, 'orderId')));
      if (idText !== null && looksLikeSpreadsheetNumber(idText)) {
        throw fileError(fileName, line, columnOf('orderId'), idText, 'spreadsheetId', 'is an order id a spreadsheet program turned into a rounded number; export the file again');
      }
      const group = groupFor(idText, line);
      const rowAmount = sumOf(fields, x.rowAmounts, line);
      if (/refund/i.test(cell(fields, x.event))) {
        group.refundRows += Math.abs(rowAmount ?? 0);
        return;
      }
      if (group.order === null) Object.assign(group, readOrder(fields, line, idText));
      const amount = money(fields, 'amount', line);
      if (amount !== null) group.amounts.push(amount);
      if (rowAmount !== null) {
        group.rowSum += rowAmount;
        group.rowAmountSeen = true;
      }
      if (group.adjustments === null && (x.additions.length > 0 || x.deductions.length > 0)) {
        const added = sumOf(fields, x.additions, line);
        const deducted = sumOf(fields, x.deductions, line);
        if (added !== null || deducted !== null) group.adjustments = (added ?? 0) - Math.abs(deducted ?? 0);
      }
      group.items.push(...lineItems(fields, line));
    },
    finish() {
      if (pending) flush(pending);
      pending = null;
      for (const group of open.values()) flush(group);
      open.clear();
    },
  };
}
