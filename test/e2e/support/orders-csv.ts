import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SAMPLE_ORDERS = resolve(import.meta.dirname, '../../../resources/sample/orders_export.csv');

const HEADER = [
  'Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing', 'Currency',
  'Subtotal', 'Shipping', 'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at',
  'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem compare at price', 'Lineitem sku',
  'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status', 'Billing Name', 'Billing Street',
  'Billing Address1', 'Billing Address2', 'Billing Company', 'Billing City', 'Billing Zip', 'Billing Province',
  'Billing Country', 'Billing Phone', 'Shipping Name', 'Shipping Street', 'Shipping Address1', 'Shipping Address2',
  'Shipping Company', 'Shipping City', 'Shipping Zip', 'Shipping Province', 'Shipping Country', 'Shipping Phone', 'Notes',
  'Note Attributes', 'Cancelled at', 'Payment Method', 'Payment Reference', 'Refunded Amount', 'Vendor', 'Id',
];

/** A small Shopify orders export: `customers` people, each with one to three orders in 2025. */
function smallOrdersCsv(customers: number): string {
  const lines = [HEADER.join(',')];
  let number = 1000;
  for (let c = 0; c < customers; c++) {
    for (let o = 0; o <= c % 3; o++) {
      number += 1;
      const day = String(1 + ((c * 7 + o * 40) % 28)).padStart(2, '0');
      const month = String(1 + ((c + o * 4) % 12)).padStart(2, '0');
      const at = `2025-${month}-${day} 10:${String(c % 60).padStart(2, '0')}:00 +0000`;
      const row: Record<string, string> = {
        Name: `#${number}`, Email: `customer${c}@example.com`, 'Financial Status': 'paid', 'Paid at': at, 'Fulfillment Status': 'fulfilled',
        'Accepts Marketing': c % 2 === 0 ? 'yes' : 'no', Currency: 'EUR', Subtotal: '40.00', Shipping: '5.00', Taxes: '0.00', Total: '45.00',
        'Discount Amount': '0.00', 'Created at': at, 'Lineitem quantity': '2', 'Lineitem name': 'Ceramic mug', 'Lineitem price': '20.00',
        'Lineitem sku': 'MUG-1', 'Billing Name': `Customer ${c}`, 'Billing Country': 'DE', 'Shipping Country': 'DE', Vendor: 'Studio', Id: String(5_000_000_000_000 + number),
      };
      lines.push(HEADER.map((column) => row[column] ?? '').join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The sample store's orders export when the fixtures have been generated; otherwise a small one written into `dir`. */
export function ordersExportFor(dir: string): string {
  if (existsSync(SAMPLE_ORDERS)) return SAMPLE_ORDERS;
  const path = join(dir, 'orders_export.csv');
  writeFileSync(path, smallOrdersCsv(60));
  return path;
}
