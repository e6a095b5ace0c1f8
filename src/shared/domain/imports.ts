import type { ApiErrorShape } from '../api/envelope.ts';

export type ImportKind =
  | 'shopify_orders'
  | 'shopify_customers'
  | 'woocommerce_orders'
  | 'woocommerce_analytics'
  | 'etsy_orders'
  | 'etsy_order_items'
  | 'square_item_sales'
  | 'transactions'
  | 'mapped_orders'
  | 'shopify_traffic'
  | 'traffic';

/** How a file writes its dates: ISO 8601 (with or without time/offset), `YYYYMMDD`, month-first or day-first. */
export const dateFormats = ['iso', 'ymd_compact', 'mdy', 'dmy'] as const;
export type DateFormat = (typeof dateFormats)[number];

/**
 * What a column of an order or transaction CSV can mean. `date` and `amount` are required; `netAmount`
 * (the total after refunds, e.g. Etsy's Adjusted Order Total) gives the refund when no refund column exists.
 * A mapping with `sessions` makes the file a traffic report, `date` then naming its day or month column
 * (docs/formats.md, "Traffic reports").
 */
export const mappingFields = [
  'orderId', 'date', 'amount', 'customerId', 'email', 'phone', 'firstName', 'lastName', 'fullName',
  'status', 'refunded', 'netAmount', 'currency', 'product', 'quantity', 'price', 'sku', 'acceptsMarketing', 'sessions',
] as const;
export type MappingField = (typeof mappingFields)[number];
/** Field -> the header it is read from. */
export type ColumnMapping = Partial<Record<MappingField, string>>;

/** Per-file choices made after `imports.inspect` (mapping and date format for a generic CSV). */
export interface ImportFileOptions {
  path: string;
  mapping?: ColumnMapping;
  dateFormat?: DateFormat;
}

export interface FileInspection {
  path: string;
  fileName: string;
  /** null: not an export we know and no usable mapping could be proposed. */
  kind: ImportKind | null;
  /** For Shopify customers exports: which of the four layouts (`2021`, `2022`, `transitional`, `2024`). */
  layout: string | null;
  headers: string[];
  /** The first few data rows, as in the file. */
  sampleRows: string[][];
  /** For order/transaction CSVs: the mapping in use and where it came from. */
  mapping: ColumnMapping | null;
  mappingSource: 'preset' | 'remembered' | 'proposed' | null;
  /** A few sample values per header, for the mapping step. */
  samples: Record<string, string[]>;
  /** True when the user must confirm a mapping before importing. */
  needsMapping: boolean;
  dateFormat: DateFormat | null;
  /** Set when the dates fit both month-first and day-first: ask the user. */
  dateQuestion: { candidates: DateFormat[]; samples: string[] } | null;
  /** Why the file cannot be imported as it is (English; `problemKey` under `imports:errors`). */
  problem: string | null;
  problemKey: string | null;
}

export interface ImportWarning {
  /** i18n key under `imports:warnings`. */
  code: string;
  /** English text for logs and the CLI. */
  message: string;
  count: number;
  /** The first few 1-based physical line numbers where it happened. */
  lines: number[];
}

/**
 * An export's own new/returning customer type (WooCommerce Analytics) against Regulars' finding, over the
 * store's orders that carry one and belong to a customer.
 */
export interface CustomerTypeCheck {
  compared: number;
  agree: number;
  /** The export says returning, Regulars finds no earlier purchase (the earlier order is in no imported file, or the name differs). */
  exportReturningFoundNew: number;
  /** The export says new, Regulars finds an earlier purchase (two people of one name, or a customer the store counted twice). */
  exportNewFoundReturning: number;
}

/** What a traffic report added: days (or months), how many replaced figures stored before, their sessions and the first and last period. */
export interface TrafficImport {
  granularity: 'day' | 'month';
  periods: number;
  replaced: number;
  sessions: number;
  first: string;
  last: string;
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
  /** For a file that says whether each order's customer was new or returning: how that compares with Regulars' finding. */
  customerTypes?: CustomerTypeCheck;
  /** For a traffic report: what it stored (docs/formats.md, "Traffic reports"). */
  traffic?: TrafficImport;
  startedAt: string;
  finishedAt: string;
}

export type ImportFileResult = { ok: true; report: ImportReport } | { ok: false; fileName: string; error: ApiErrorShape };

export interface ImportRecord extends ImportReport {
  contentHash: string;
}

/** The result of merging two customers: `sourceId` now counts as `targetId`. */
export interface CustomerMergeResult {
  mergeId: number;
  sourceId: number;
  targetId: number;
}

/** What one look at a watched folder did (docs/formats.md, "Watching a folder"). */
export interface WatchScan {
  folder: string;
  /** Files imported now: an order or customers export (its import report), or a spend file (its months). */
  imported: ({ fileName: string; kind: 'export'; report: ImportReport } | { fileName: string; kind: 'spend'; spendRows: number })[];
  /** Files seen for the first time that could not be imported, with the reason (English; `messageKey` in the app's language). */
  failed: { fileName: string; error: ApiErrorShape }[];
  /** Files whose content was imported or seen before (under any name). */
  known: string[];
  /** Files still being written (their size or time changed while looking): taken on a later look. */
  waiting: string[];
}
