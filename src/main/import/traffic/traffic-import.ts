import type { JobContext } from '../../job-contract/job-context.ts';
import type { ImportFileOptions, ImportReport } from '../../../shared/domain/imports.ts';
import { rememberMapping } from '../mapped/mapping-memory.ts';
import type { FilePreview } from '../file-plan.ts';
import { readCsvFile } from '../csv/read-csv-file.ts';
import { finishImportRecord, startImportRecord } from '../import-history.ts';
import { WarningLog } from '../warning-log.ts';
import { readTrafficRow, trafficReading, type TrafficPlan, type TrafficRow } from './traffic-file.ts';
import { writeTraffic } from './traffic-store.ts';

/**
 * Imports a traffic report in one transaction: every row is read and checked first (a bad cell stops
 * the file with its line and column, before anything is written), then the days replace those stored.
 * A day that appears on several rows (a report broken down by source or device) gets their sum. A mapping
 * the user gave is remembered for files with the same header, as for order files.
 */
export async function importTrafficFile(ctx: JobContext, path: string, preview: FilePreview & { preamble: number }, plan: TrafficPlan, options: ImportFileOptions | undefined): Promise<ImportReport> {
  const { fileName, headers } = preview;
  const { layout } = plan;
  const reading = trafficReading(fileName, headers, preview.rows, layout, options?.dateFormat);
  const warnings = new WarningLog();
  const byPeriod = new Map<string, TrafficRow>();
  let rows = 0;
  // Comment lines before the header, counted as the preview counts records (blank lines after the first record do not count).
  let headerLeft = preview.preamble + 1;
  let records = 0;
  const stats = await readCsvFile(path, {
    fileName,
    signal: ctx.signal,
    delimiter: preview.delimiter,
    onRow: (fields, count, line) => {
      if (headerLeft > 0) {
        if (records > 0 && count === 1 && fields[0] === '') return;
        records += 1;
        headerLeft -= 1;
        return;
      }
      rows += 1;
      const row = readTrafficRow(fileName, headers, layout, reading, fields.slice(0, count), line);
      if (!row) return;
      const before = byPeriod.get(row.period);
      if (!before) {
        byPeriod.set(row.period, row);
        return;
      }
      warnings.add('trafficPeriodRepeated', 'a day or month appears on more than one row: its figures were added up', line);
      const add = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));
      byPeriod.set(row.period, {
        ...before,
        sessions: before.sessions + row.sessions,
        visitors: add(before.visitors, row.visitors),
        addedToCart: add(before.addedToCart, row.addedToCart),
        reachedCheckout: add(before.reachedCheckout, row.reachedCheckout),
        convertedSessions: add(before.convertedSessions, row.convertedSessions),
      });
    },
  });
  ctx.signal.throwIfAborted();
  const { db } = ctx;
  const startedAt = new Date().toISOString();
  return db.transaction(() => {
    const importId = startImportRecord(db, fileName, layout.kind, startedAt);
    const written = writeTraffic(db, [...byPeriod.values()], importId);
    const report: ImportReport = {
      importId, fileName, kind: layout.kind, rows, ordersAdded: 0, ordersUpdated: 0, ordersUnchanged: 0, customersAdded: 0, customersUpdated: 0,
      warnings: warnings.list(),
      traffic: { granularity: reading.granularity, periods: written.periods, replaced: written.replaced, sessions: written.sessions, first: written.first, last: written.last },
      startedAt,
      finishedAt: new Date().toISOString(),
    };
    finishImportRecord(db, report, stats.contentHash);
    if (plan.mapping) rememberMapping(db, headers, plan.mapping, reading.dateFormat ?? 'iso', report.finishedAt);
    return report;
  }).immediate();
}
