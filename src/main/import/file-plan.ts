import { closeSync, openSync, readSync } from 'node:fs';
import type { Db } from '../db/connection.ts';
import { Columns } from './columns.ts';
import { fileRefusal } from './file-error.ts';
import { detectDelimiter, readCsvFile } from './csv/read-csv-file.ts';
import type { Delimiter } from './csv/csv-parser.ts';
import { findPreset, presetMapping, presetReading, type PresetReading } from './mapped/presets.ts';
import { proposeMapping } from './mapped/propose-mapping.ts';
import { recallMapping } from './mapped/mapping-memory.ts';
import type { MappedPlan } from './mapped/mapped-orders-importer.ts';
import { SHOPIFY_ORDERS_REQUIRED } from './shopify/shopify-orders-importer.ts';
import { SHOPIFY_CUSTOMERS_REQUIRED, shopifyCustomersLayout } from './shopify/shopify-customers-importer.ts';
import { guessDateFormat } from './values/dates.ts';
import { skipComments, trafficPlan } from './traffic/traffic-file.ts';
import type { ColumnMapping, DateFormat, FileInspection, ImportFileOptions, ImportKind } from '../../shared/domain/imports.ts';

/** The header and the first rows of a file, enough to tell what it is. */
export interface FilePreview {
  path: string;
  fileName: string;
  headers: string[];
  rows: string[][];
  delimiter: Delimiter;
  /** The file starts as a zip archive does (`PK\u0003\u0004`): an .xlsx or .ods workbook, not text. */
  workbook: boolean;
}

function startsAsZip(path: string): boolean {
  const magic = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, magic, 0, 4, 0) === 4 && magic.toString('latin1') === 'PK\u0003\u0004';
  } finally {
    closeSync(fd);
  }
}

const PREVIEW_ROWS = 2000;

export async function previewFile(path: string, fileName: string, signal?: AbortSignal): Promise<FilePreview> {
  const records: string[][] = [];
  const delimiter = detectDelimiter(path, fileName);
  await readCsvFile(path, {
    fileName,
    signal,
    delimiter,
    maxRows: PREVIEW_ROWS + 1,
    onRow: (fields, count) => {
      if (records.length > 0 && count === 1 && fields[0] === '') return;
      records.push(fields.slice(0, count).map((f) => (f.length > 200 ? f.slice(0, 200) : f)));
    },
  });
  const [headers = [], ...rows] = records;
  return { path, fileName, headers: new Columns(headers).headers, rows, delimiter, workbook: startsAsZip(path) };
}

export type ImportPlan =
  | { kind: 'shopify_orders' }
  | { kind: 'shopify_customers' }
  | { kind: Exclude<ImportKind, 'shopify_orders' | 'shopify_customers'>; mapped: MappedPlan; rememberMapping: boolean };

const EXPECTED =
  'expected a Shopify orders export (columns Name, Email, Financial Status, Created at, Lineitem quantity, Lineitem name, Lineitem price, Total, ...), ' +
  'a Shopify customers export (First Name, Last Name, Email, Total Spent, Total Orders, ...), an order CSV with a date column and an amount column, ' +
  'or a traffic report (Day or Month, Sessions)';

interface Detection {
  kind: ImportKind | null;
  layout: string | null;
  mapping: ColumnMapping | null;
  mappingSource: FileInspection['mappingSource'];
  platform: string;
  reading: PresetReading | null;
  dateFormat: DateFormat | null;
  dateQuestion: FileInspection['dateQuestion'];
  problem: { key: string; message: string } | null;
}

function dateSamples(preview: FilePreview, columns: Columns, header: string | undefined): string[] {
  const index = header === undefined ? -1 : columns.find(header);
  return index < 0 ? [] : preview.rows.map((r) => r[index] ?? '').filter((v) => v.trim() !== '');
}

function detect(db: Db, preview: FilePreview, options?: ImportFileOptions): Detection {
  const columns = new Columns(preview.headers);
  const none = { layout: null, mapping: null, mappingSource: null, platform: '', reading: null, dateFormat: null, dateQuestion: null, problem: null };
  if (preview.headers.length === 0 || (preview.headers.length === 1 && preview.headers[0] === '')) {
    return { ...none, kind: null, problem: { key: 'emptyFile', message: `the file is empty; ${EXPECTED}` } };
  }
  if (preview.workbook) {
    return { ...none, kind: null, problem: { key: 'workbook', message: 'this is a spreadsheet workbook, not a CSV file; save it as CSV (UTF-8) or export it again from the shop' } };
  }
  if (columns.has(...SHOPIFY_ORDERS_REQUIRED)) return { ...none, kind: 'shopify_orders' };
  if (columns.has(...SHOPIFY_CUSTOMERS_REQUIRED)) return { ...none, kind: 'shopify_customers', layout: shopifyCustomersLayout(columns) };
  const traffic = trafficPlan(db, preview.fileName, skipComments(preview.headers, preview.rows).headers, options);
  if (traffic) return { ...none, kind: traffic.layout.kind, mapping: traffic.mapping, mappingSource: traffic.mapping ? (options?.mapping ? null : 'remembered') : null };

  const preset = findPreset(columns);
  const remembered = preset ? null : recallMapping(db, preview.headers);
  const proposed = proposeMapping(columns, preview.rows);
  let mapping: ColumnMapping | null = options?.mapping ?? (preset ? presetMapping(preset, columns) : (remembered?.mapping ?? null));
  const mappingSource: FileInspection['mappingSource'] = options?.mapping ? null : preset ? 'preset' : remembered ? 'remembered' : proposed.date && proposed.amount ? 'proposed' : null;
  if (!mapping && mappingSource === 'proposed') mapping = proposed;
  const kind: ImportKind | null = preset ? preset.kind : mapping ? 'mapped_orders' : null;
  const platform = preset ? preset.platform : 'other';
  if (!kind || !mapping) {
    // Not an export Regulars knows: what it could read is still proposed, for the mapping step (a traffic report under other names, say).
    const found = proposed.date ? { mapping: proposed, dateFormat: guessDateFormat(dateSamples(preview, columns, proposed.date)).format } : {};
    return { ...none, ...found, kind: null, problem: { key: 'notAnExport', message: `this is not an order or customer export: ${EXPECTED}` } };
  }

  const samples = dateSamples(preview, columns, mapping.date);
  const guess = guessDateFormat(samples);
  const dateFormat = options?.dateFormat ?? preset?.dateFormat ?? remembered?.dateFormat ?? guess.format ?? (guess.candidates.length > 0 && !guess.ambiguous ? guess.candidates[0] : null);
  const dateQuestion = !dateFormat && guess.ambiguous ? { candidates: guess.candidates, samples: samples.slice(0, 5) } : null;
  const reading = preset && !options?.mapping ? presetReading(preset, columns) : null;
  return { kind, layout: null, mapping, mappingSource, platform, reading, dateFormat, dateQuestion, problem: null };
}

/** What `imports.inspect` answers: the kind of file, its header and samples, the proposed mapping and questions. */
export function inspectPreview(db: Db, preview: FilePreview): FileInspection {
  const d = detect(db, preview);
  const samples: Record<string, string[]> = {};
  preview.headers.forEach((h, i) => {
    samples[h] = preview.rows.map((r) => r[i] ?? '').filter((v) => v.trim() !== '').slice(0, 5);
  });
  return {
    path: preview.path,
    fileName: preview.fileName,
    kind: d.kind,
    layout: d.layout,
    headers: preview.headers,
    sampleRows: preview.rows.slice(0, 5),
    mapping: d.mapping,
    mappingSource: d.mappingSource,
    samples,
    needsMapping: d.kind === 'mapped_orders' && d.mappingSource === 'proposed',
    dateFormat: d.dateFormat,
    dateQuestion: d.dateQuestion,
    problem: d.problem?.message ?? null,
    problemKey: d.problem ? `imports:errors.${d.problem.key}` : null,
  };
}

/**
 * How to import a file, or a refusal that says why not: not an export, a generic CSV whose mapping
 * nobody confirmed, a mapping naming a missing column, or dates that could be month- or day-first.
 */
export function planImport(db: Db, preview: FilePreview, options?: ImportFileOptions): ImportPlan {
  const { fileName } = preview;
  const d = detect(db, preview, options);
  if (d.problem) throw fileRefusal(fileName, d.problem.key, d.problem.message);
  if (d.kind === 'shopify_orders' || d.kind === 'shopify_customers') return { kind: d.kind };
  const mapping = d.mapping as ColumnMapping;
  if (d.kind === 'mapped_orders' && d.mappingSource === 'proposed') {
    throw fileRefusal(fileName, 'needsMapping', 'this order file has columns Regulars does not know yet; confirm which column is which in the app (or import it there once) first');
  }
  const columns = new Columns(preview.headers);
  const amountFromRows = (d.reading?.columns.rowAmounts?.length ?? 0) > 0;
  for (const field of amountFromRows ? (['date'] as const) : (['date', 'amount'] as const)) {
    if (!mapping[field]) throw fileRefusal(fileName, 'mappingIncomplete', `the column mapping must say which column holds the ${field === 'date' ? 'order date' : 'amount'}`, { field });
  }
  for (const [field, header] of Object.entries(mapping)) {
    if (header !== undefined && columns.find(header) < 0) throw fileRefusal(fileName, 'mappingColumnMissing', `the file has no column "${header}" (mapped to ${field})`, { column: header, field });
  }
  if (!d.dateFormat) {
    if (d.dateQuestion) {
      throw fileRefusal(fileName, 'ambiguousDates', `the dates (e.g. "${d.dateQuestion.samples[0]}") could be month-first or day-first; say which`, { sample: d.dateQuestion.samples[0] ?? '' });
    }
    throw fileRefusal(fileName, 'unknownDates', `the column "${mapping.date}" holds no dates Regulars can read (ISO, YYYYMMDD, MM/DD/YYYY or DD/MM/YYYY)`, { column: mapping.date ?? '' });
  }
  return { kind: d.kind as Exclude<ImportKind, 'shopify_orders' | 'shopify_customers'>, mapped: { platform: d.platform, mapping, dateFormat: d.dateFormat, ...(d.reading ? { reading: d.reading } : {}) }, rememberMapping: d.kind === 'mapped_orders' };
}
