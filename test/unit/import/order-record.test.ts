import { describe, expect, it } from 'vitest';
import { ORDER_CONTENT_COLUMNS, ORDER_COLUMNS, ORDER_FINGERPRINT, RecordEncoder, readOrderContent } from '../../../src/main/import/store/order-record.ts';
import type { LineItemValues, OrderValues } from '../../../src/main/import/store/order-types.ts';

const order: OrderValues = {
  platform: 'shopify', externalId: '5512345678901', name: '#1001', matchKey: 'shopify:#1001', email: 'ann@example.com', phone: null,
  createdAt: '2024-05-01T10:00:00+02:00', createdMs: 1714550400000, createdDay: '2024-05-01', currency: 'EUR', subtotalCents: 1200,
  shippingCents: 300, taxesCents: null, totalCents: 1300, discountCode: 'SPRING', discountCents: 200, refundedCents: 0, financialStatus: 'paid',
  fulfillmentStatus: null, cancelledAt: null, acceptsMarketing: 1, sourceChannel: 'web', tags: 'vip, wholesale', paymentMethod: null,
  billingCity: 'Lyon', billingProvince: null, billingCountry: 'FR', shippingCity: 'Paris', shippingProvince: null, shippingCountry: 'FR',
};
const items: LineItemValues[] = [
  { productTitle: 'Tea', variant: 'Green / Large', sku: '0042', quantity: 2, priceCents: 500, vendor: 'Acme' },
  { productTitle: 'Gift card', variant: null, sku: null, quantity: 1, priceCents: 200, vendor: null },
];

/** Encodes one order and reads it back as the store writer does: its fingerprint, order columns and line items. */
function roundTrip(o: OrderValues, its: LineItemValues[], writerBehind = false) {
  const encoder = new RecordEncoder(() => true, () => writerBehind);
  encoder.order(o, its, null, true, 2);
  const values = encoder.take();
  const row: unknown[] = [];
  const readItems: unknown[] = [];
  const contentAt = 6;
  row[ORDER_FINGERPRINT] = values[3];
  const end = readOrderContent(values, contentAt, row, readItems);
  expect(end).toBe(values.length);
  const columns = Object.fromEntries(ORDER_COLUMNS.slice(0, ORDER_CONTENT_COLUMNS).map((c, k) => [c, row[k]]));
  return { fingerprint: row[ORDER_FINGERPRINT] as string, columns, items: readItems };
}

describe('order records (importer to store writer)', () => {
  it('carry every order column and line item back as the same text, numbers and nulls', () => {
    const { columns, items: read, fingerprint } = roundTrip(order, items);
    expect(columns).toMatchObject({
      platform: 'shopify', external_id: '5512345678901', customer_id: null, phone: null, created_ms: 1714550400000, total_cents: 1300,
      discount_code: 'SPRING', refunded_cents: 0, source_channel: 'web', is_purchase: 1, net_cents: 1300,
    });
    // subtotal, shipping, taxes, discount, statuses, cancelled, consent, tags, payment method, billing and shipping city, province, country.
    expect(JSON.parse(columns.details_json as string)).toEqual([1200, 300, null, 200, 'paid', null, null, 1, 'vip, wholesale', null, 'Lyon', null, 'FR', 'Paris', null, 'FR']);
    expect(read).toEqual(['Tea', 'Green / Large', '0042', 2, 500, 'Acme', 'Gift card', null, null, 1, 200, null]);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('carry a value holding the separator character unchanged', () => {
    const odd = { ...order, name: '#10\u001f01', sourceChannel: '\u001f', tags: 'a\u001fb' };
    const { columns, items: read } = roundTrip(odd, items);
    expect(columns).toMatchObject({ name: '#10\u001f01', source_channel: '\u001f', created_ms: 1714550400000, phone: null });
    expect(JSON.parse(columns.details_json as string)[8]).toBe('a\u001fb');
    expect(read).toHaveLength(12);
  });

  it('fingerprint the same content alike, and any change differently', () => {
    const base = roundTrip(order, items).fingerprint;
    expect(roundTrip({ ...order }, items.map((i) => ({ ...i }))).fingerprint).toBe(base);
    const changes: [OrderValues, LineItemValues[]][] = [
      [{ ...order, refundedCents: 1 }, items],
      [{ ...order, financialStatus: 'refunded' }, items],
      [{ ...order, phone: '5550102030' }, items],
      [order, [items[0]]],
      [order, [{ ...items[0], quantity: 3 }, items[1]]],
      [{ ...order, discountCode: 'SPRIN', sourceChannel: 'Gweb' }, items],
    ];
    const seen = new Set([base, ...changes.map(([o, its]) => roundTrip(o, its).fingerprint)]);
    expect(seen.size).toBe(changes.length + 1);
  });

  it('fingerprint an order alike whichever side works it out, also when a value holds the separator', () => {
    const odd = { ...order, name: '#10\u001f01' };
    for (const o of [order, odd]) {
      const parsing = roundTrip(o, items, true);
      const writing = roundTrip(o, items, false);
      expect(parsing.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(writing).toEqual(parsing);
    }
  });
});
