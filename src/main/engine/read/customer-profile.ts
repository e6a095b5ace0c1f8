import type { Db } from '../../db/connection.ts';
import { AppError } from '../../../shared/api/envelope.ts';
import { dayNumber } from '../days.ts';
import { personalScale } from '../stage-rules.ts';
import { customerSimpleClv } from '../simple-clv.ts';
import { COUNTED_PURCHASE_SQL } from '../../db/counted-purchase.ts';
import { CUSTOMER_COLUMNS, toCustomerRow, type CustomerDbRow } from './customer-list.ts';
import { readStoredState } from './state.ts';
import { STORED_JOURNEY_SQL, parseJourney } from '../stored-journey.ts';
import type { CustomerProfile, ProfileOrder } from '../../../shared/domain/lifecycle.ts';

interface OrderRow {
  id: number;
  name: string | null;
  created_day: string;
  total_cents: number;
  refunded_cents: number;
  net_cents: number;
  counted: number;
  discount_code: string | null;
  source_channel: string | null;
}

/** One customer: contact and consent, metrics, RFM, stage journey and orders with their line items. */
export function customerProfile(db: Db, id: number, ordersOffset = 0, ordersLimit = 100): CustomerProfile {
  const state = readStoredState(db);
  const root = (db.prepare('SELECT coalesce(merged_into, id) FROM customers WHERE id = ?').pluck().get(id) as number | undefined) ?? null;
  const row = root === null ? undefined : (db.prepare(`SELECT ${CUSTOMER_COLUMNS}, c.company, c.city, c.tags, c.note FROM lifecycle_customers m JOIN customers c ON c.id = m.customer_id WHERE m.customer_id = ?`).get(root) as
    | (CustomerDbRow & { company: string | null; city: string | null; tags: string | null; note: string | null })
    | undefined);
  if (!row || !state) throw new AppError('not_found', `There is no customer with id ${id} in the lifecycle figures.`, { messageKey: 'lifecycle:errors.noCustomer', params: { id } });
  const asOf = state.asOf ?? row.last_day ?? '';
  const customer = { ...toCustomerRow(row, state.asOf), company: row.company, city: row.city, tags: row.tags, note: row.note };

  const journey = parseJourney(db.prepare(`SELECT ${STORED_JOURNEY_SQL} FROM lifecycle_customers WHERE customer_id = ?`).pluck().get(row.id) as string);

  // The customer and everyone merged into them, so the (customer_id, created_day) index serves the order queries.
  const members = db.prepare('SELECT id FROM customers WHERE id = ? OR merged_into = ?').pluck().all(row.id, row.id) as number[];
  const orderFilter = `FROM orders o WHERE o.customer_id IN (${members.map(() => '?').join(', ')}) AND o.created_day <= ?`;
  const ordersTotal = db.prepare(`SELECT count(*) ${orderFilter}`).pluck().get(...members, asOf) as number;
  const orderRows = db
    .prepare(
      `SELECT o.id, o.name, o.created_day, o.total_cents, o.refunded_cents, o.net_cents, (${COUNTED_PURCHASE_SQL}) AS counted, o.discount_code, o.source_channel
       ${orderFilter} ORDER BY o.created_day DESC, o.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...members, asOf, ordersLimit, ordersOffset) as OrderRow[];
  const lineStatement = db.prepare('SELECT product_title, variant, sku, quantity, price_cents FROM line_items WHERE order_id = ? ORDER BY position');
  const orders = orderRows.map(
    (o): ProfileOrder => ({
      id: o.id,
      name: o.name,
      day: o.created_day,
      total: o.total_cents / 100,
      refunded: o.refunded_cents / 100,
      net: o.net_cents / 100,
      counted: o.counted === 1,
      discountCode: o.discount_code,
      channel: o.source_channel,
      lines: (lineStatement.all(o.id) as { product_title: string | null; variant: string | null; sku: string | null; quantity: number; price_cents: number }[]).map((l) => ({
        product: l.product_title,
        variant: l.variant,
        sku: l.sku,
        quantity: l.quantity,
        price: l.price_cents / 100,
      })),
    }),
  );

  const occasionDays = (db.prepare(`SELECT DISTINCT o.created_day ${orderFilter} AND ${COUNTED_PURCHASE_SQL} ORDER BY o.created_day`).pluck().all(...members, asOf) as string[]).map(dayNumber);
  const gaps = occasionDays.slice(1).map((d, i) => d - occasionDays[i]).sort((a, b) => a - b);
  const t = state.thresholds;
  const scale = personalScale(gaps, t.lapse.value);
  const personalMedian = gaps.length >= 2 ? (gaps.length % 2 ? gaps[gaps.length >> 1] : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2) : null;
  const first = occasionDays[0];
  const last = occasionDays[occasionDays.length - 1];
  const asOfDay = dayNumber(asOf);
  const repeatMean = (db.prepare('SELECT repeat_mean_cents FROM lifecycle_customers WHERE customer_id = ?').pluck().get(row.id) as number) / 100;
  return {
    customer,
    frequencyRecency: first === undefined ? null : { x: occasionDays.length - 1, tx: last - first, T: asOfDay - first, repeatMean },
    thresholds: { atRiskDays: Math.floor(t.atRisk.value * scale), lapseDays: Math.floor(t.lapse.value * scale), personalMedianGapDays: personalMedian },
    simpleClv: first === undefined ? null : customerSimpleClv(row.net_cents, row.orders, row.purchases, asOfDay - first, state.simpleClv.expectedYears),
    journey,
    orders,
    ordersTotal,
  };
}
