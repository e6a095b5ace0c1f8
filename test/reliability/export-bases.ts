import { writeEtsySoldOrdersExport, writeTransactionsCsv, writeWooCommerceOrdersExport } from '../fixtures/other-exports-generator.ts';
import { writeShopifyCustomersExport, writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';

/** One well-formed export per importer: the files the fuzzer mutates. */
export const EXPORT_KINDS = ['shopify-orders', 'shopify-customers', 'woocommerce-orders', 'etsy-orders', 'transactions'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export async function writeExport(kind: ExportKind, path: string, options: { customers: number; seed: number }): Promise<void> {
  switch (kind) {
    case 'shopify-orders':
      await writeShopifyOrdersExport(path, options);
      return;
    case 'shopify-customers':
      await writeShopifyCustomersExport(path, { ...options, layout: 4 });
      return;
    case 'woocommerce-orders':
      await writeWooCommerceOrdersExport(path, options);
      return;
    case 'etsy-orders':
      await writeEtsySoldOrdersExport(path, options);
      return;
    case 'transactions':
      await writeTransactionsCsv(path, { ...options, withOrderIdAndEmail: true });
      return;
  }
}

/** The file name a shop owner would have for it, so an importer that detects by name is exercised too. */
export function exportFileName(kind: ExportKind, label: string): string {
  switch (kind) {
    case 'shopify-orders':
      return `orders_export_${label}.csv`;
    case 'shopify-customers':
      return `customers_export_${label}.csv`;
    case 'woocommerce-orders':
      return `woocommerce-orders-${label}.csv`;
    case 'etsy-orders':
      return `EtsySoldOrders2025-${label}.csv`;
    case 'transactions':
      return `transactions-${label}.csv`;
  }
}
