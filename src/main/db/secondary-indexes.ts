import type { Db } from './connection.ts';

/**
 * While the indexes are rebuilt, SQLite's sorter may hand each run of sorted keys to a helper thread
 * and go on reading the table: with a small page cache its runs are a few MB, so the helper sorts one
 * while the next is read (on the core an import's parser thread has just left idle). The small cache
 * also leaves fewer new index pages for the commit to write (test/bench/import.bench.ts).
 */
const REBUILD_HELPER_THREADS = 1;
const REBUILD_CACHE_KIB = -2048;

/**
 * For a bulk write: drops the secondary (non-unique) indexes of `tables`, to be rebuilt from their own
 * definitions (as the migrations created them) by the function it answers, which calls `afterEach` once
 * each index is built. Building an index once by sorting is several times faster than updating it row by
 * row. Unique indexes stay, for the look-ups the write makes. Inside a transaction, a rollback restores
 * the indexes with everything else.
 */
export function suspendSecondaryIndexes(db: Db, tables: readonly string[]): (afterEach?: () => void) => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
        WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})
          AND sql NOT LIKE 'CREATE UNIQUE%'`,
    )
    .all(...tables) as { name: string; sql: string }[];
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

/** Runs a write that rewrites most of a table with its secondary indexes suspended, then rebuilds them. */
export function withoutSecondaryIndexes(db: Db, table: string, write: () => void): void {
  const rebuild = suspendSecondaryIndexes(db, [table]);
  write();
  rebuild();
}
