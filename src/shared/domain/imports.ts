import type { ApiErrorShape } from '../api/envelope.ts';

export type ImportKind = 'shopify_orders' | 'shopify_customers' | 'woocommerce_orders' | 'etsy_orders' | 'transactions' | 'mapped_orders';

export interface ImportWarning {
  /** i18n key under `imports.warnings`. */
  code: string;
  /** English text for logs and the CLI. */
  message: string;
  count: number;
  /** The first few 1-based physical line numbers where it happened. */
  lines: number[];
}

export interface ImportReport {
  importId: number;
  fileName: string;
  kind: ImportKind;
  rows: number;
  ordersAdded: number;
  ordersUpdated: number;
  ordersUnchanged: number;
  customersAdded: number;
  customersUpdated: number;
  warnings: ImportWarning[];
  startedAt: string;
  finishedAt: string;
}

export type ImportFileResult = { ok: true; report: ImportReport } | { ok: false; fileName: string; error: ApiErrorShape };

export interface ImportRecord extends ImportReport {
  contentHash: string;
}
