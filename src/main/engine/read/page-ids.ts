import type { Db } from '../../db/connection.ts';

interface Ordered {
  sql: string;
  params: string;
  version: string;
  ids: number[];
}

/** Per connection, the whole order of the last query that needed one. */
const lastOrdered = new WeakMap<Db, Ordered>();

/** Changes whenever anything is committed: by another connection (data_version) or by this one (total_changes). */
const versionOf = (db: Db) => JSON.stringify(db.prepare('SELECT (SELECT data_version FROM pragma_data_version()), total_changes()').raw().get());

/** True when one covering index gives `sql`'s rows in order: walking to an offset then only skips index entries. */
function walksOneIndex(db: Db, sql: string, params: unknown[]): boolean {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return plan.length === 1 && plan[0].detail.includes('COVERING INDEX');
}

function orderedIds(db: Db, sql: string, params: unknown[]): number[] {
  const version = versionOf(db);
  const key = JSON.stringify(params);
  const cached = lastOrdered.get(db);
  if (cached && cached.sql === sql && cached.params === key && cached.version === version) return cached.ids;
  const ids = db.prepare(sql).pluck().all(...params) as number[];
  lastOrdered.set(db, { sql, params: key, version, ids });
  return ids;
}

/**
 * The ids in rows offset..offset+limit-1 of `sql` (which selects one id per row, in order). Unless
 * one covering index gives the order, a deep page costs work for every row before it (a sort, or a
 * second table read per row) on every request; instead the whole order is read once and kept for
 * the last such query on each connection until the database changes, and deep pages (and jumps to
 * far rows) are slices of it. The first page stays a partial read: it is what every new sort or
 * filter asks for.
 */
export function pageIds(db: Db, sql: string, params: unknown[], offset: number, limit: number): number[] {
  if (offset > 0 && !walksOneIndex(db, sql, params)) return orderedIds(db, sql, params).slice(offset, offset + limit);
  return db.prepare(`${sql} LIMIT ? OFFSET ?`).pluck().all(...params, limit, offset) as number[];
}
