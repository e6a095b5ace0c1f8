import type { Columns } from '../columns.ts';
import type { ColumnMapping, DateFormat, ImportKind, MappingField } from '../../../shared/domain/imports.ts';

export interface Preset {
  kind: Exclude<ImportKind, 'shopify_orders' | 'shopify_customers' | 'mapped_orders'>;
  /** Namespace of order keys and buyer ids from this kind of file. */
  platform: string;
  /** The date format these files always use, when fixed. */
  dateFormat: DateFormat | null;
  matches(columns: Columns): boolean;
  /** Field -> candidate header names, first present wins. */
  fields: Partial<Record<MappingField, string[]>>;
}

/** Known order-file layouts recognised by their header (WooCommerce, Etsy, a plain transactions file). */
export const presets: readonly Preset[] = [
  {
    kind: 'woocommerce_orders',
    platform: 'woocommerce',
    dateFormat: null,
    matches: (c) => c.find('Order Number', 'Order ID') >= 0 && c.find('Order Date') >= 0 && c.find('Order Total Amount', 'Order Total') >= 0,
    fields: {
      orderId: ['Order Number', 'Order ID'], date: ['Order Date'], amount: ['Order Total Amount', 'Order Total'],
      email: ['Email (Billing)', 'Billing Email', 'Customer Email'], phone: ['Phone (Billing)', 'Billing Phone'],
      firstName: ['First Name (Billing)', 'Billing First Name'], lastName: ['Last Name (Billing)', 'Billing Last Name'],
      customerId: ['Customer User ID', 'Customer ID'], status: ['Order Status', 'Status'],
      refunded: ['Order Refund Amount', 'Refund Amount', 'Order Refunded Amount'], currency: ['Order Currency', 'Currency'],
      product: ['Item Name', 'Product Name', 'Item #'], quantity: ['Quantity', 'Qty', 'Quantity (- Refund)'], price: ['Item Cost', 'Item Price', 'Price'],
      sku: ['SKU'],
    },
  },
  {
    kind: 'woocommerce_orders',
    platform: 'woocommerce',
    dateFormat: null,
    matches: (c) => c.has('Date', 'Order #', 'Status', 'Customer', 'Net sales'),
    fields: { orderId: ['Order #'], date: ['Date'], amount: ['Net sales'], status: ['Status'], customerId: ['Customer'], fullName: ['Customer'] },
  },
  {
    kind: 'etsy_orders',
    platform: 'etsy',
    dateFormat: 'mdy',
    matches: (c) => c.has('Sale Date', 'Order ID', 'Buyer User ID') && c.find('Order Total', 'Order Value') >= 0,
    fields: {
      orderId: ['Order ID'], date: ['Sale Date'], amount: ['Order Total', 'Order Value'], customerId: ['Buyer User ID'],
      fullName: ['Full Name'], firstName: ['First Name'], lastName: ['Last Name'], currency: ['Currency'], status: ['Status'],
      netAmount: ['Adjusted Order Total'],
    },
  },
  {
    kind: 'transactions',
    platform: 'transactions',
    dateFormat: null,
    matches: (c) => c.has('customer_id', 'date', 'amount'),
    fields: {
      customerId: ['customer_id'], date: ['date'], amount: ['amount'], orderId: ['order_id', 'transaction_id'], email: ['email'],
      phone: ['phone'], fullName: ['name', 'customer_name'], firstName: ['first_name'], lastName: ['last_name'], status: ['status'],
      refunded: ['refunded', 'refund', 'refunded_amount'], currency: ['currency'], product: ['product', 'item'], quantity: ['quantity', 'qty'],
      price: ['price'], sku: ['sku'], acceptsMarketing: ['accepts_marketing', 'consent'],
    },
  },
];

/** The preset a header matches, or null. */
export function findPreset(columns: Columns): Preset | null {
  return presets.find((p) => p.matches(columns)) ?? null;
}

/** The preset's mapping for this header: each field to the first of its candidate headers present. */
export function presetMapping(preset: Preset, columns: Columns): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field, names] of Object.entries(preset.fields) as [MappingField, string[]][]) {
    const index = columns.find(...names);
    if (index >= 0) mapping[field] = columns.name(index);
  }
  return mapping;
}
