import { openDatabase, type Db } from '../db/connection.ts';
import type { Migration } from '../db/migrate.ts';

/** One object of `sqlite_schema`: a table, index, view or trigger. */
export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * Tables SQLite itself adds to a database Regulars wrote: `sqlite_sequence` with the first AUTOINCREMENT
 * table, `sqlite_stat1`/`sqlite_stat4` after `PRAGMA optimize` or `ANALYZE`. Named with their exact SQL.
 */
const SQLITE_OWN_TABLES: readonly SchemaObject[] = [
  { type: 'table', name: 'sqlite_sequence', tbl_name: 'sqlite_sequence', sql: 'CREATE TABLE sqlite_sequence(name,seq)' },
  { type: 'table', name: 'sqlite_stat1', tbl_name: 'sqlite_stat1', sql: 'CREATE TABLE sqlite_stat1(tbl,idx,stat)' },
  { type: 'table', name: 'sqlite_stat4', tbl_name: 'sqlite_stat4', sql: 'CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)' },
];

const key = (o: SchemaObject) => JSON.stringify([o.type, o.name, o.tbl_name, o.sql === null ? null : o.sql.replace(/\s+/g, ' ').trim()]);

function schemaObjects(db: Db): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaObject[];
}

const known = new Map<number, Set<string>>();

/** Every object a database at schema `version` may hold: what the first `version` migrations create on an empty database. */
function knownObjects(version: number, migrations: readonly Migration[]): Set<string> {
  let keys = known.get(version);
  if (!keys) {
    const db = openDatabase(':memory:');
    try {
      for (const m of migrations.slice(0, version)) m.up(db);
      keys = new Set([...schemaObjects(db), ...SQLITE_OWN_TABLES].map(key));
    } finally {
      db.close();
    }
    known.set(version, keys);
  }
  return keys;
}

/**
 * The objects of `db` (schema `version`) that Regulars never creates at that version: a trigger, view,
 * table or index someone added, or one of ours with a changed definition. Empty for a database the app wrote.
 */
export function foreignSchemaObjects(db: Db, version: number, migrations: readonly Migration[]): SchemaObject[] {
  const keys = knownObjects(version, migrations);
  return schemaObjects(db).filter((o) => !keys.has(key(o)));
}
