import type { Db } from '../db/connection.ts';
import type { ImportKind, ImportRecord, ImportReport } from '../../shared/domain/imports.ts';

interface Row {
  id: number; file_name: string; content_hash: string; kind: ImportRecord['kind']; started_at: string; finished_at: string; rows: number;
  orders_added: number; orders_updated: number; orders_unchanged: number; customers_added: number; customers_updated: number; warnings_json: string;
}

/** The import history, newest first. */
export function listImports(db: Db, limit: number): ImportRecord[] {
  const rows = db.prepare('SELECT * FROM imports ORDER BY id DESC LIMIT ?').all(limit) as Row[];
  return rows.map((r) => ({
    importId: r.id,
    fileName: r.file_name,
    contentHash: r.content_hash,
    kind: r.kind,
    rows: r.rows,
    ordersAdded: r.orders_added,
    ordersUpdated: r.orders_updated,
    ordersUnchanged: r.orders_unchanged,
    customersAdded: r.customers_added,
    customersUpdated: r.customers_updated,
    warnings: JSON.parse(r.warnings_json),
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  }));
}

/** Opens the record of an import (inside its transaction) so rows can point at it; filled in by `finishImportRecord`. */
export function startImportRecord(db: Db, fileName: string, kind: ImportKind, startedAt: string): number {
  return Number(
    db.prepare("INSERT INTO imports (file_name, content_hash, kind, started_at, finished_at, rows) VALUES (?, '', ?, ?, ?, 0)").run(fileName, kind, startedAt, startedAt)
      .lastInsertRowid,
  );
}

export function finishImportRecord(db: Db, report: ImportReport, contentHash: string): void {
  db.prepare(
    `UPDATE imports SET content_hash = ?, finished_at = ?, rows = ?, orders_added = ?, orders_updated = ?, orders_unchanged = ?,
            customers_added = ?, customers_updated = ?, warnings_json = ? WHERE id = ?`,
  ).run(contentHash, report.finishedAt, report.rows, report.ordersAdded, report.ordersUpdated, report.ordersUnchanged, report.customersAdded,
    report.customersUpdated, JSON.stringify(report.warnings), report.importId);
}
