import type { ImportWarning } from '../../../shared/domain/imports.ts';
import { readCsvFile } from '../csv/read-csv-file.ts';
import { MAX_FIELD_CHARS, type Cleanup, type Delimiter } from '../csv/csv-parser.ts';
import type { ImportPlan } from '../file-plan.ts';
import { createMappedOrdersImporter } from '../mapped/mapped-orders-importer.ts';
import type { ImportTarget, RowImporter } from '../row-importer.ts';
import { createShopifyCustomersImporter } from '../shopify/shopify-customers-importer.ts';
import { createShopifyOrdersImporter } from '../shopify/shopify-orders-importer.ts';
import { RECORD_SEPARATOR_BYTE, RecordEncoder } from '../store/order-record.ts';
import { WarningLog } from '../warning-log.ts';

/** One file to read: where it is, what it is (from its preview) and how its fields are separated. */
export interface ParseJob {
  path: string;
  fileName: string;
  plan: ImportPlan;
  headers: readonly string[];
  delimiter: Delimiter;
}

/** The records read from one chunk of the file (the flat layout of order-record.ts), with how far the reading got. */
export interface ParsedBatch {
  values: unknown[];
  bytesRead: number;
  rows: number;
}

export interface ParseResult {
  rows: number;
  warnings: ImportWarning[];
  contentHash: string;
}

/** What each cleanup of the parser tells the user (imports:warnings.<code> in the app). */
const CLEANUP_MESSAGES: Record<Cleanup, string> = {
  controlCharacters: 'Lines held control characters (such as NUL bytes): they were removed',
  invalidBytes: 'Lines held bytes that are not UTF-8 text: each was replaced by \uFFFD',
  longField: `Lines held a field longer than ${MAX_FIELD_CHARS.toLocaleString('en')} characters: it was cut to that length`,
};

/** Records are handed on in batches of about this many values: small enough to stay in the young generation. */
const BATCH_VALUES = 8192;

function createImporter(plan: ImportPlan, headers: readonly string[], target: ImportTarget): RowImporter {
  if (plan.kind === 'shopify_orders') return createShopifyOrdersImporter(headers, target);
  if (plan.kind === 'shopify_customers') return createShopifyCustomersImporter(headers, target);
  return createMappedOrdersImporter(headers, plan.mapped, target);
}

/**
 * The reading half of an import: streams the file through the parser and the importer of its kind
 * and hands on the records after every chunk. It touches no database, so it can run on a thread of its own.
 */
export async function parseFile(job: ParseJob, send: (batch: ParsedBatch) => void, signal?: AbortSignal, writerBehind = () => false): Promise<ParseResult> {
  const warnings = new WarningLog();
  let separatorSeen = false;
  const encoder = new RecordEncoder(() => separatorSeen, writerBehind);
  const importer = createImporter(job.plan, job.headers, { fileName: job.fileName, sink: encoder, warnings });
  let rows = 0;
  let bytesRead = 0;
  const flush = () => send({ values: encoder.take(), bytesRead, rows });
  const stats = await readCsvFile(job.path, {
    fileName: job.fileName,
    signal,
    delimiter: job.delimiter,
    onHeader: () => importer.columns,
    onCleanup(cleanup, line) {
      warnings.add(cleanup, CLEANUP_MESSAGES[cleanup], line);
    },
    onBytes(bytes) {
      separatorSeen ||= bytes.includes(RECORD_SEPARATOR_BYTE);
    },
    onRow(fields, count, line) {
      rows++;
      importer.row(fields, count, line);
      if (encoder.size >= BATCH_VALUES) flush();
    },
    onChunk(read) {
      bytesRead = read;
      flush();
    },
  });
  importer.finish();
  if (stats.encoding === 'windows1252') warnings.note('readAsWindows1252', 'The file is not UTF-8: it was read as Windows-1252 text');
  bytesRead = stats.totalBytes;
  flush();
  return { rows, warnings: warnings.list(), contentHash: stats.contentHash };
}
