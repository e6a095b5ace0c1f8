import { createHash } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { dateFormats, mappingFields, type ColumnMapping, type DateFormat } from '../../../shared/domain/imports.ts';

/** The same set of headers in the same order, whatever their case or surrounding spaces. */
export function headerKey(headers: readonly string[]): string {
  return createHash('sha256').update(headers.map((h) => h.trim().toLowerCase()).join('\u001f')).digest('hex');
}

/** The mapping the user confirmed for this header set last time, if any. */
export function recallMapping(db: Db, headers: readonly string[]): { mapping: ColumnMapping; dateFormat: DateFormat | null } | null {
  const row = db.prepare('SELECT mapping_json, date_format FROM import_mappings WHERE header_key = ?').get(headerKey(headers)) as
    | { mapping_json: string; date_format: string | null }
    | undefined;
  if (!row) return null;
  const stored = JSON.parse(row.mapping_json) as Record<string, unknown>;
  const mapping: ColumnMapping = {};
  for (const field of mappingFields) if (typeof stored[field] === 'string') mapping[field] = stored[field];
  const dateFormat = dateFormats.find((f) => f === row.date_format) ?? null;
  return { mapping, dateFormat };
}

/** Remembers a confirmed mapping for its header set (inside the import's transaction). */
export function rememberMapping(db: Db, headers: readonly string[], mapping: ColumnMapping, dateFormat: DateFormat, now: string): void {
  db.prepare(
    `INSERT INTO import_mappings (header_key, headers_json, mapping_json, date_format, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(header_key) DO UPDATE SET mapping_json = excluded.mapping_json, date_format = excluded.date_format, updated_at = excluded.updated_at`,
  ).run(headerKey(headers), JSON.stringify(headers), JSON.stringify(mapping), dateFormat, now);
}
