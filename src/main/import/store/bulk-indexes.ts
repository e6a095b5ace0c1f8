import type { Db } from '../../db/connection.ts';

const BULK_TABLES = ['orders', 'order_lines', 'customers'];

/**
 * For an import much larger than what is stored already, the secondary (non-unique) indexes of the
 * tables it fills are dropped inside the import's transaction and rebuilt at its end: building an
 * index by one sort is several times faster than updating it row by row. Unique indexes stay, since
 * the import looks orders and customers up by them. A rollback restores the indexes with everything else.
 */
export function suspendSecondaryIndexes(db: Db): () => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
        WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BULK_TABLES.map(() => '?').join(', ')})
          AND sql NOT LIKE 'CREATE UNIQUE%'`,
    )
    .all(...BULK_TABLES) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  return () => {
    for (const index of indexes) db.exec(index.sql);
  };
}

/** True when the file probably holds more rows than the tables it fills already do. */
export function isBulkImport(db: Db, fileBytes: number): boolean {
  const APPROX_BYTES_PER_ROW = 400;
  const stored = db.prepare('SELECT count(*) FROM order_lines').pluck().get() as number;
  return fileBytes / APPROX_BYTES_PER_ROW > Math.max(stored, 20_000);
}
