import { basename } from 'node:path';
import { statSync } from 'node:fs';
import type { JobContext } from '../job-contract/job-context.ts';
import type { ImportFileOptions, ImportFileResult, ImportReport } from '../../shared/domain/imports.ts';
import { AppError } from '../../shared/api/envelope.ts';
import { toErrorShape } from '../../shared/api/to-error-shape.ts';
import { planImport, previewFile } from './file-plan.ts';
import { finishImportRecord, startImportRecord } from './import-history.ts';
import { rememberMapping } from './mapped/mapping-memory.ts';
import { parseFile, type ParseJob, type ParsedBatch, type ParseResult } from './parallel/parse-file.ts';
import { parseInWorker, SOURCE_PARSER_URL } from './parallel/parse-in-worker.ts';
import { StoreWriter } from './store/store-writer.ts';
import { BULK_TABLES, isBulkImport } from './store/bulk-indexes.ts';
import { suspendSecondaryIndexes } from '../db/secondary-indexes.ts';
import { WarningLog } from './warning-log.ts';
import { compareCustomerTypes } from './customer-type-check.ts';
import { syncLogInBackground } from '../db/log-background-sync.ts';
import { skipComments, trafficPlan } from './traffic/traffic-file.ts';
import { importTrafficFile } from './traffic/traffic-import.ts';
import { evidenceDay } from './evidence-day.ts';

function fileSize(path: string, fileName: string): number {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    return stat.size;
  } catch {
    throw new AppError('bad_file', `${fileName}: the file cannot be read (${path}).`, { messageKey: 'imports:errors.unreadable', params: { file: fileName, path }, file: fileName });
  }
}

/**
 * From this size on a file is read on a thread of its own while this one writes (a small file is read
 * here: starting a thread would cost more than it saves).
 */
export const OWN_THREAD_BYTES = 4 * 1024 * 1024;

/**
 * A 32 MiB page cache while a file imports (negative = KiB): the unique indexes the import looks orders
 * and customers up by stay in memory for a shop of 500,000 customers, and the process stays well under
 * 500 MB for a 1 GB export.
 */
const IMPORT_CACHE_KIB = -32768;

interface Progress {
  bytesBefore: number;
  bytesAll: number;
  rowsBefore: number;
  ordersBefore: number;
  startedMs: number;
}

/**
 * Imports files one after another. Each file is one transaction (BEGIN IMMEDIATE ... COMMIT): a
 * file that fails leaves the database as it was and becomes that file's `{ ok: false, error }`;
 * a cancel rolls the current file back and throws, ending the job as cancelled.
 */
export async function runImportJob(ctx: JobContext, paths: string[], fileOptions: readonly ImportFileOptions[] = []): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  const sizes = paths.map((p) => {
    try {
      return statSync(p).size;
    } catch {
      return 0;
    }
  });
  const progress: Progress = { bytesBefore: 0, bytesAll: Math.max(1, sizes.reduce((a, b) => a + b, 0)), rowsBefore: 0, ordersBefore: 0, startedMs: Date.now() };
  for (const [i, path] of paths.entries()) {
    ctx.signal.throwIfAborted();
    const fileName = basename(path);
    try {
      const report = await importFile(ctx, path, fileName, fileOptions.find((o) => o.path === path), progress);
      results.push({ ok: true, report });
      progress.rowsBefore += report.rows;
      progress.ordersBefore += report.ordersAdded + report.ordersUpdated + report.ordersUnchanged;
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      results.push({ ok: false, fileName, error: toErrorShape(error) });
    }
    progress.bytesBefore += sizes[i];
  }
  ctx.progress({ phase: 'done', percent: 100, rows: progress.rowsBefore, orders: progress.ordersBefore, bytesRead: progress.bytesBefore, totalBytes: progress.bytesAll });
  return results;
}

function noRows(fileName: string, kind: string): AppError {
  const what = kind === 'shopify_customers' ? 'customers' : 'orders';
  return new AppError('bad_file', `No ${what} in ${fileName}: it has a header line and no rows. Nothing was imported.`, {
    messageKey: what === 'customers' ? 'imports:errors.noCustomers' : 'imports:errors.noOrders',
    params: { file: fileName },
    file: fileName,
  });
}

async function importFile(ctx: JobContext, path: string, fileName: string, options: ImportFileOptions | undefined, progress: Progress): Promise<ImportReport> {
  const bytes = fileSize(path, fileName);
  const preview = await previewFile(path, fileName, ctx.signal);
  const uncommented = skipComments(preview.headers, preview.rows);
  const traffic = trafficPlan(ctx.db, fileName, uncommented.headers, options);
  if (traffic) return importTrafficFile(ctx, path, { ...preview, ...uncommented }, traffic, options);
  const plan = planImport(ctx.db, preview, options);
  const { db } = ctx;
  const startedAt = new Date().toISOString();
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  // The store writer sets every reference (an order's customer and import, a line's order and product) from
  // an id SQLite has just given it: checking each one against its parent again cost a tenth of a large import.
  db.pragma('foreign_keys = OFF');
  // The import is on disk when it reports success: its commit waits for the log to be synced (the
  // connection's usual synchronous=NORMAL syncs it only at the next checkpoint). A large file's log is
  // synced in the background as it grows, and after each index rebuilt, so that wait is short.
  db.pragma('synchronous = FULL');
  const logSync = bytes >= OWN_THREAD_BYTES ? syncLogInBackground(db) : null;
  try {
    db.exec('BEGIN IMMEDIATE');
    const restoreIndexes = isBulkImport(db, bytes) ? suspendSecondaryIndexes(db, BULK_TABLES) : null;
    const importId = startImportRecord(db, fileName, plan.kind, startedAt);
    const writeWarnings = new WarningLog();
    const platform = 'mapped' in plan ? plan.mapped.platform : 'shopify';
    const writer = new StoreWriter(db, importId, writeWarnings, platform, evidenceDay(path));
    const job: ParseJob = { path, fileName, plan, headers: preview.headers, delimiter: preview.delimiter };
    const onBatch = (batch: ParsedBatch) => {
      writer.apply(batch.values);
      const seconds = (Date.now() - progress.startedMs) / 1000;
      const allRows = progress.rowsBefore + batch.rows;
      const { ordersAdded, ordersUpdated, ordersUnchanged } = writer.counts;
      ctx.progress({
        phase: 'reading',
        file: fileName,
        bytesRead: batch.bytesRead,
        totalBytes: bytes,
        rows: allRows,
        orders: progress.ordersBefore + ordersAdded + ordersUpdated + ordersUnchanged,
        percent: Math.min(99.9, ((progress.bytesBefore + batch.bytesRead) / progress.bytesAll) * 100),
        rowsPerSecond: seconds > 0 ? Math.round(allRows / seconds) : 0,
      });
    };
    const parsed: ParseResult =
      bytes >= OWN_THREAD_BYTES ? await parseInWorker(job, ctx.parserUrl ?? SOURCE_PARSER_URL, ctx.signal, onBatch) : await parseFile(job, onBatch, ctx.signal);
    writer.flush();
    ctx.signal.throwIfAborted();
    // A file with its header line and nothing else: nothing to record, and nothing to recompute.
    if (parsed.rows === 0) throw noRows(fileName, plan.kind);
    if (restoreIndexes) {
      ctx.progress({ phase: 'indexing', file: fileName, percent: null });
      restoreIndexes(logSync?.now);
    }
    const warnings = [...parsed.warnings, ...writeWarnings.list()];
    const report: ImportReport = { importId, fileName, kind: plan.kind, rows: parsed.rows, ...writer.counts, warnings, startedAt, finishedAt: new Date().toISOString() };
    const customerTypes = 'mapped' in plan && plan.mapped.reading?.columns.customerType ? compareCustomerTypes(db, platform) : null;
    if (customerTypes) report.customerTypes = customerTypes;
    finishImportRecord(db, report, parsed.contentHash);
    if ('mapped' in plan && plan.rememberMapping) rememberMapping(db, preview.headers, plan.mapped.mapping, plan.mapped.dateFormat, report.finishedAt);
    db.exec('COMMIT');
    return report;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    await logSync?.stop();
    db.pragma(`synchronous = ${synchronous}`);
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
