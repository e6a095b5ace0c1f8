import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/** The imported store data a user would miss: what "no data lost" is checked against. */
export const STORE_TABLES = ['imports', 'customers', 'orders', 'line_items'] as const;

export interface StoreState {
  integrity: string;
  counts: Record<(typeof STORE_TABLES)[number], number>;
  /** sha256 over every row of orders, line_items and customers, in id order (line items by order and position). */
  checksum: string;
}

/** Everything about a database file that an unwanted write would change: each table's row count and a hash of its rows. */
export interface TableContents {
  [table: string]: { rows: number; sha256: string };
}

/** How each hashed table's rows are put in order (line_items is a view since schema 7: it has no rowid). */
const HASHED_TABLES = { orders: 'rowid', line_items: 'order_id, position', customers: 'rowid' } as const;

function hashRows(db: Database.Database, table: keyof typeof HASHED_TABLES, hash: ReturnType<typeof createHash>): void {
  for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY ${HASHED_TABLES[table]}`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).update('\n');
}

/** Reads the store state with a fresh read-only connection (the way the app would after a restart). */
export function readStoreState(dbPath: string): StoreState {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const counts = Object.fromEntries(STORE_TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number])) as StoreState['counts'];
    const hash = createHash('sha256');
    for (const table of Object.keys(HASHED_TABLES) as (keyof typeof HASHED_TABLES)[]) hashRows(db, table, hash);
    return { integrity, counts, checksum: hash.digest('hex') };
  } finally {
    db.close();
  }
}

/**
 * Every table in the database with its row count and a sha256 over its rows (sorted, so the order SQLite
 * returns them in does not matter): an update in place changes the hash though not the count.
 */
export function tableContents(db: Database.Database): TableContents {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(
    tables.map((t) => {
      const rows = (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((row) => JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).sort();
      return [t, { rows: rows.length, sha256: createHash('sha256').update(rows.join('\n')).digest('hex') }];
    }),
  );
}

export function sameStoreData(a: StoreState, b: StoreState): boolean {
  return a.checksum === b.checksum && STORE_TABLES.every((t) => a.counts[t] === b.counts[t]);
}

export function describeState(state: StoreState): string {
  return `${STORE_TABLES.map((t) => `${t}=${state.counts[t]}`).join(' ')} checksum=${state.checksum.slice(0, 12)} integrity=${state.integrity}`;
}
