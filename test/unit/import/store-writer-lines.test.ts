import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { migrate } from '../../../src/main/db/migrate.ts';
import { migrations } from '../../../src/main/db/migrations/index.ts';
import { startImportRecord } from '../../../src/main/import/import-history.ts';
import { RecordEncoder } from '../../../src/main/import/store/order-record.ts';
import type { LineItemValues, OrderValues } from '../../../src/main/import/store/order-types.ts';
import { StoreWriter } from '../../../src/main/import/store/store-writer.ts';
import { WarningLog } from '../../../src/main/import/warning-log.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const order = (name: string): OrderValues => ({
  platform: 'shopify', externalId: null, name, matchKey: `shopify:${name}`, email: null, phone: null, createdAt: '2024-05-01T10:00:00+02:00',
  createdMs: 1714550400000, createdDay: '2024-05-01', currency: 'EUR', subtotalCents: null, shippingCents: null, taxesCents: null, totalCents: 1300,
  discountCode: null, discountCents: null, refundedCents: 0, financialStatus: 'paid', fulfillmentStatus: null, cancelledAt: null, acceptsMarketing: null,
  sourceChannel: null, tags: null, paymentMethod: null, billingCity: null, billingProvince: null, billingCountry: null, shippingCity: null,
  shippingProvince: null, shippingCountry: null,
});
const lines = (n: number): LineItemValues[] =>
  Array.from({ length: n }, (_, k) => ({ productTitle: `Tea ${k % 7}`, variant: null, sku: null, quantity: 1 + (k % 3), priceCents: 100 * k, vendor: null }));

describe('the store writer writing line items many at a time', () => {
  const temp = makeTempDir('regulars-store-writer-');
  afterAll(() => temp.cleanup());

  function writeOrders(file: string, orders: [OrderValues, LineItemValues[]][]) {
    const db = openDatabase(join(temp.dir, file));
    migrate(db, migrations, file);
    db.exec('BEGIN IMMEDIATE');
    const writer = new StoreWriter(db, startImportRecord(db, 'orders.csv', 'shopify_orders', 'x'), new WarningLog());
    const encoder = new RecordEncoder(() => false, () => false);
    orders.forEach(([o, its], k) => encoder.order(o, its, null, true, k + 2));
    return { db, write: () => (writer.apply(encoder.take()), writer.flush(), db.exec('COMMIT')) };
  }

  it('stores every line of every order, in order', () => {
    const { db, write } = writeOrders('lines.db', [[order('#1'), lines(150)], [order('#2'), lines(3)]]);
    write();
    const stored = db.prepare('SELECT o.name, l.position, l.product_title, l.quantity, l.price_cents FROM line_items l JOIN orders o ON o.id = l.order_id ORDER BY o.name, l.position').all();
    expect(stored).toHaveLength(153);
    expect(stored[149]).toEqual({ name: '#1', position: 150, product_title: 'Tea 2', quantity: 3, price_cents: 14900 });
    expect(stored[152]).toEqual({ name: '#2', position: 3, product_title: 'Tea 2', quantity: 3, price_cents: 200 });
    db.close();
  });

  it('fails instead of leaving out a line the database refuses', () => {
    const broken = lines(100);
    broken[30] = { ...broken[30], quantity: null as unknown as number };
    const { db, write } = writeOrders('refused.db', [[order('#1'), broken]]);
    expect(write).toThrow(/the database refused a row for order_lines/);
    db.exec('ROLLBACK');
    db.close();
  });
});
