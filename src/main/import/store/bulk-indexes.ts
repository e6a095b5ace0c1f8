import type { Db } from '../../db/connection.ts';

/** The tables an import fills, whose secondary indexes a bulk import suspends (db/secondary-indexes.ts). */
export const BULK_TABLES = ['orders', 'order_lines', 'customers'];

/** True when the file probably holds more rows than the tables it fills already do. */
export function isBulkImport(db: Db, fileBytes: number): boolean {
  const APPROX_BYTES_PER_ROW = 400;
  const stored = db.prepare('SELECT count(*) FROM order_lines').pluck().get() as number;
  return fileBytes / APPROX_BYTES_PER_ROW > Math.max(stored, 20_000);
}
