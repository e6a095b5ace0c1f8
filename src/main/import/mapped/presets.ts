import type { Columns } from '../columns.ts';
import type { ColumnMapping, DateFormat, ImportKind, MappingField } from '../../../shared/domain/imports.ts';

/**
 * Columns only a preset reads (a user's mapping has none of them), each the header it is read from:
 * - `time`, `timeZone`: a time of day and a named zone beside the date (Square);
 * - `event`: `Payment` or `Refund` (Square): a refund row reduces its transaction;
 * - `rowAmounts`: per-row amounts summed over an order's rows (Etsy `Item Total`, Square `Net Sales` + `Tax`);
 * - `orderAdditions`, `orderDeductions`: order-level amounts repeated on each item row, taken once
 *   (Etsy `Order Shipping`, `Order Sales Tax`; `Discount Amount`, `Shipping Discount`);
 * - `itemValue`: a line's value from which its unit price is worked out (Square `Gross Sales` / `Qty`);
 * - `variant`: a line's variant (Square `Price Point Name`, Etsy `Variations`);
 * - `productList`: the order's products in one cell, `2× Product, 1× Other` (WooCommerce Analytics);
 * - `customerType`: the platform's own new/returning (WooCommerce Analytics);
 * - `buyer`: `Full Name (username)` (Etsy): the buyer's name and id (`Ship Name` is the recipient, who may be someone else).
 */
export interface PresetColumns {
  time?: string;
  timeZone?: string;
  event?: string;
  rowAmounts?: string[];
  orderAdditions?: string[];
  orderDeductions?: string[];
  itemValue?: string;
  variant?: string;
  productList?: string;
  customerType?: string;
  buyer?: string;
}

/** How a preset's file is read beyond its column mapping. */
export interface PresetReading {
  columns: PresetColumns;
  /** The export has no e-mail, phone or customer id at all: customers are known by name (with a warning). */
  identifyByName: boolean;
  /** An order's rows may be anywhere in the file (Square's refund rows), not only next to each other. */
  groupAcrossFile: boolean;
}

type PresetColumnNames = { [K in keyof PresetColumns]?: PresetColumns[K] extends string[] | undefined ? string[][] : string[] };

export interface Preset {
  kind: Exclude<ImportKind, 'shopify_orders' | 'shopify_customers' | 'mapped_orders'>;
  /** Namespace of order keys and buyer ids from this kind of file: the store the orders come from. */
  platform: string;
  /** The date format these files always use, when fixed. */
  dateFormat: DateFormat | null;
  matches(columns: Columns): boolean;
  /** Field -> candidate header names, first present wins. */
  fields: Partial<Record<MappingField, string[]>>;
  /** Preset-only columns -> candidate header names (for the lists: each entry's candidates). */
  extra?: PresetColumnNames;
  identifyByName?: boolean;
  groupAcrossFile?: boolean;
}

/** Any of these names is present. */
const some = (c: Columns, ...names: string[]) => c.find(...names) >= 0;

/**
 * Known order-file layouts recognised by their header (docs/formats.md): WooCommerce Analytics and order-export
 * plugins, Etsy sold orders and sold order items, Square item sales, a plain transactions file. Headers are
 * matched by name (case and order ignored), so extra or missing optional columns do not matter.
 */
export const presets: readonly Preset[] = [
  {
    kind: 'woocommerce_analytics',
    platform: 'woocommerce',
    dateFormat: null,
    matches: (c) => c.has('Date', 'Order #', 'Status', 'Customer') && some(c, 'Net Sales', 'N. Revenue', 'N. Revenue (formatted)'),
    fields: { orderId: ['Order #'], date: ['Date'], amount: ['Net Sales', 'N. Revenue', 'N. Revenue (formatted)'], status: ['Status'], fullName: ['Customer'] },
    extra: { productList: ['Product(s)'], customerType: ['Customer type'] },
    identifyByName: true,
  },
  {
    kind: 'woocommerce_orders',
    platform: 'woocommerce',
    dateFormat: null,
    matches: (c) => some(c, 'Order Number', 'Order ID') && some(c, 'Order Date') && some(c, 'Order Total Amount', 'Order Total'),
    fields: {
      orderId: ['Order Number', 'Order ID'], date: ['Order Date'], amount: ['Order Total Amount', 'Order Total'],
      email: ['Email (Billing)', 'Billing Email', 'Customer Email'], phone: ['Phone (Billing)', 'Billing Phone', 'Phone (Shipping)', 'Shipping Phone'],
      firstName: ['First Name (Billing)', 'Billing First Name', 'First Name (Shipping)', 'Shipping First Name'],
      lastName: ['Last Name (Billing)', 'Billing Last Name', 'Last Name (Shipping)', 'Shipping Last Name'],
      customerId: ['Customer User ID', 'Customer ID'], status: ['Order Status', 'Status'],
      refunded: ['Order Refund Amount', 'Refund Amount', 'Order Refunded Amount'], currency: ['Order Currency', 'Currency'],
      product: ['Item Name', 'Product Name', 'Item #'], quantity: ['Quantity', 'Qty', 'Quantity (- Refund)'], price: ['Item Cost', 'Item Price', 'Price'],
      sku: ['SKU'],
    },
  },
  {
    kind: 'etsy_orders',
    platform: 'etsy',
    dateFormat: 'mdy',
    matches: (c) => c.has('Sale Date', 'Order ID', 'Buyer User ID') && some(c, 'Order Total', 'Order Value'),
    fields: {
      orderId: ['Order ID'], date: ['Sale Date'], amount: ['Order Total', 'Order Value'], customerId: ['Buyer User ID'],
      fullName: ['Full Name'], firstName: ['First Name'], lastName: ['Last Name'], currency: ['Currency'], status: ['Status'],
      netAmount: ['Adjusted Order Total'],
    },
  },
  {
    kind: 'etsy_order_items',
    platform: 'etsy',
    dateFormat: 'mdy',
    matches: (c) => c.has('Sale Date', 'Order ID', 'Item Name', 'Item Total'),
    fields: {
      orderId: ['Order ID'], date: ['Sale Date'], customerId: ['Buyer User ID'], currency: ['Currency'],
      product: ['Item Name'], quantity: ['Quantity'], price: ['Price'], sku: ['SKU'],
    },
    extra: {
      rowAmounts: [['Item Total']], orderAdditions: [['Order Shipping'], ['Order Sales Tax']],
      orderDeductions: [['Discount Amount'], ['Shipping Discount']], variant: ['Variations'], buyer: ['Buyer'],
    },
  },
  {
    kind: 'square_item_sales',
    platform: 'square',
    dateFormat: null,
    matches: (c) => c.has('Date', 'Time', 'Item', 'Qty', 'Net Sales', 'Transaction ID'),
    fields: {
      orderId: ['Transaction ID'], date: ['Date'], customerId: ['Customer ID'], fullName: ['Customer Name'], product: ['Item'],
      quantity: ['Qty'], sku: ['SKU'],
    },
    extra: {
      time: ['Time'], timeZone: ['Time Zone'], event: ['Event Type'], rowAmounts: [['Net Sales'], ['Tax']], itemValue: ['Gross Sales'],
      variant: ['Price Point Name'],
    },
    groupAcrossFile: true,
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

/** How the preset reads this header beyond its mapping: each preset-only column to the header present. */
export function presetReading(preset: Preset, columns: Columns): PresetReading {
  const present = (names: string[]): string | undefined => {
    const index = columns.find(...names);
    return index >= 0 ? columns.name(index) : undefined;
  };
  const found: PresetColumns = {};
  for (const [key, names] of Object.entries(preset.extra ?? {}) as [keyof PresetColumns, string[] | string[][]][]) {
    if (Array.isArray(names[0])) {
      const headers = (names as string[][]).map(present).filter((h): h is string => h !== undefined);
      if (headers.length > 0) (found as Record<string, string[]>)[key] = headers;
    } else {
      const header = present(names as string[]);
      if (header !== undefined) (found as Record<string, string>)[key] = header;
    }
  }
  return { columns: found, identifyByName: preset.identifyByName ?? false, groupAcrossFile: preset.groupAcrossFile ?? false };
}
