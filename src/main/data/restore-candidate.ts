import { chmodSync, closeSync, copyFileSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { openDatabase, type Db } from '../db/connection.ts';
import { migrate, refuseNewerDatabase, type Migration } from '../db/migrate.ts';
import { AppError } from '../../shared/api/envelope.ts';
import { siblingTempPath } from './database-copy.ts';
import { foreignSchemaObjects } from './known-schema.ts';

const SQLITE_MAGIC = 'SQLite format 3\0';
/** Tables every Regulars database has had since its first schema (line_items is a view since schema 7). */
const REGULARS_TABLES = ['settings', 'imports', 'customers', 'orders', 'line_items'];

function notRestorable(path: string, reason: string, messageKey: string): AppError {
  return new AppError('bad_file', `${path} cannot be restored: ${reason} Your current data was left unchanged.`, { messageKey, params: { path } });
}

function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** At most this many foreign objects are named in the message. */
const NAMED_OBJECTS = 5;

/**
 * Accepts only a database whose every table, index, view and trigger is one Regulars creates at the
 * file's schema version, so a backup cannot bring a trigger that deletes customers on the next import.
 * Then checks every page (`integrity_check`) and every reference between rows (`foreign_key_check`).
 */
function checkRegularsSchema(db: Db, path: string, migrations: readonly Migration[]): void {
  const names = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')").all() as { name: string }[]).map((r) => r.name));
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version < 1 || REGULARS_TABLES.some((table) => !names.has(table))) {
    throw notRestorable(path, 'it is a SQLite database, but not one made by Regulars.', 'app:dataErrors.restoreNotRegulars');
  }
  const foreign = foreignSchemaObjects(db, version, migrations);
  if (foreign.length > 0) {
    const objects = foreign
      .slice(0, NAMED_OBJECTS)
      .map((o) => `${o.type} ${o.name}`)
      .join(', ');
    throw new AppError(
      'bad_file',
      `${path} cannot be restored: it holds ${foreign.length} part(s) Regulars never makes (${objects}), added or changed after Regulars wrote it. Your current data was left unchanged.`,
      { messageKey: 'app:dataErrors.restoreForeignSchema', params: { path, count: foreign.length, objects } },
    );
  }
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw notRestorable(path, 'the file is damaged.', 'app:dataErrors.restoreDamaged');
  if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
    throw notRestorable(path, 'rows in it refer to rows that are not there.', 'app:dataErrors.restoreDamaged');
  }
}

/**
 * Copies the chosen backup beside the live database and checks the copy: a SQLite file, undamaged,
 * with exactly the schema Regulars writes, from this version or an older one (brought up to date here, before it
 * replaces anything). The chosen file itself is only read. Returns the ready copy's path and the
 * schema it came with; on any problem the copy is removed and an error says why.
 */
export function prepareRestoreCandidate(chosen: string, dbPath: string, migrations: readonly Migration[]): { path: string; fromSchema: number } {
  let size: number;
  try {
    const stats = statSync(chosen);
    if (!stats.isFile()) throw new Error('not a file');
    size = stats.size;
  } catch {
    throw notRestorable(chosen, 'the file cannot be read.', 'app:dataErrors.restoreUnreadable');
  }
  if (size < 100 || !hasSqliteHeader(chosen)) throw notRestorable(chosen, 'it is not a SQLite database.', 'app:dataErrors.restoreNotDatabase');
  refuseNewerDatabase(chosen, migrations);

  const candidate = siblingTempPath(dbPath);
  const cleanup = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${candidate}${suffix}`, { force: true });
  };
  try {
    copyFileSync(chosen, candidate);
    chmodSync(candidate, 0o600);
    const db = openDatabase(candidate);
    try {
      checkRegularsSchema(db, chosen, migrations);
      const fromSchema = db.pragma('user_version', { simple: true }) as number;
      const result = migrate(db, migrations, candidate);
      if (result.backupPath) rmSync(result.backupPath, { force: true });
      db.pragma('wal_checkpoint(TRUNCATE)');
      return { path: candidate, fromSchema };
    } finally {
      if (db.open) db.close();
    }
  } catch (error) {
    cleanup();
    if (error instanceof AppError) throw error;
    throw notRestorable(chosen, `${(error as Error).message}.`, 'app:dataErrors.restoreDamaged');
  }
}
