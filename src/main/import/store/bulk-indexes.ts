import type { Db } from '../../db/connection.ts';

const BULK_TABLES = ['orders', 'order_lines', 'customers'];

/**
 * While the indexes are rebuilt, SQLite's sorter may hand each run of sorted keys to a helper thread
 * and go on reading the table: with a small page cache its runs are a few MB, so the helper sorts one
 * while the next is read, on the core the import's parser thread has just left idle. The small cache
 * also leaves fewer new index pages for the commit to write (test/bench/import.bench.ts).
 */
const REBUILD_HELPER_THREADS = 1;
const REBUILD_CACHE_KIB = -2048;

/**
 * For an import much larger than what is stored already, the secondary (non-unique) indexes of the
 * tables it fills are dropped inside the import's transaction and rebuilt at its end: building an
 * index by one sort is several times faster than updating it row by row. Unique indexes stay, since
 * the import looks orders and customers up by them. A rollback restores the indexes with everything else.
 * The function it answers rebuilds them, calling `afterEach` once each index is built.
 */
export function suspendSecondaryIndexes(db: Db): (afterEach?: () => void) => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
        WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BULK_TABLES.map(() => '?').join(', ')})
          AND sql NOT LIKE 'CREATE UNIQUE%'`,
    )
    .all(...BULK_TABLES) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  return (afterEach) => {
    const threads = db.pragma('threads', { simple: true }) as number;
    const cacheSize = db.pragma('cache_size', { simple: true }) as number;
    db.pragma(`threads = ${REBUILD_HELPER_THREADS}`);
    db.pragma(`cache_size = ${REBUILD_CACHE_KIB}`);
    try {
      for (const index of indexes) {
        db.exec(index.sql);
        afterEach?.();
      }
    } finally {
      db.pragma(`threads = ${threads}`);
      db.pragma(`cache_size = ${cacheSize}`);
    }
  };
}

/** True when the file probably holds more rows than the tables it fills already do. */
export function isBulkImport(db: Db, fileBytes: number): boolean {
  const APPROX_BYTES_PER_ROW = 400;
  const stored = db.prepare('SELECT count(*) FROM order_lines').pluck().get() as number;
  return fileBytes / APPROX_BYTES_PER_ROW > Math.max(stored, 20_000);
}
