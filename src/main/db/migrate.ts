import { chmodSync, closeSync, copyFileSync, existsSync, openSync, readSync, rmSync } from 'node:fs';
import type { Db } from './connection.ts';
import { AppError } from '../../shared/api/envelope.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
  backupPath: string | null;
}

function tooNew(dbPath: string, found: number, known: number): AppError {
  return new AppError(
    'database_too_new',
    `The database ${dbPath} was written by a newer version of Regulars (schema ${found}; this version knows up to ${known}). Update the app to open it; the file was left untouched.`,
    { messageKey: 'databaseTooNew', params: { path: dbPath, found, known } },
  );
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Refuses a database from a newer app before any connection touches it: opening it for writing
 * would switch it to WAL (rewriting its header), and even a read-only connection leaves -wal/-shm
 * files behind. So the schema version is read straight from the file header (bytes 60-63 hold
 * PRAGMA user_version). A file that is not SQLite is left for the normal open to report.
 */
export function refuseNewerDatabase(dbPath: string, migrations: readonly Migration[]): void {
  if (dbPath === ':memory:' || !existsSync(dbPath)) return;
  const header = Buffer.alloc(100);
  const fd = openSync(dbPath, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return;
  const found = header.readInt32BE(60);
  if (found > migrations.length) throw tooNew(dbPath, found, migrations.length);
}

/** Refuses a list that is not 1, 2, 3, ... in order: a gap or a swap is a programming error. */
export function checkMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration "${m.name}" has version ${m.version} but stands at position ${i + 1}: migrations must be numbered 1, 2, 3, ... in order`);
    }
  });
}

function isEmptyDatabase(db: Db): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  return row.n === 0;
}

/**
 * Brings the database to the latest version. Each migration runs in its own transaction and
 * records itself in PRAGMA user_version. A non-empty database is copied first; if a migration
 * fails, that copy is put back, so the user never ends up with a half-migrated file.
 */
export function migrate(db: Db, migrations: readonly Migration[], dbPath: string): MigrationResult {
  checkMigrationOrder(migrations);
  const latest = migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) throw tooNew(dbPath, from, latest);
  if (from === latest) return { from, to: from, applied: [], backupPath: null };

  let backupPath: string | null = null;
  if (dbPath !== ':memory:' && !isEmptyDatabase(db)) {
    backupPath = `${dbPath}.before-v${latest}.bak`;
    if (existsSync(backupPath)) rmSync(backupPath);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec(`VACUUM INTO '${backupPath.replaceAll("'", "''")}'`);
    chmodSync(backupPath, 0o600);
  }

  const applied: string[] = [];
  for (const m of migrations.slice(from)) {
    try {
      db.transaction(() => {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
      applied.push(m.name);
    } catch (error) {
      if (backupPath) restoreBackup(db, backupPath);
      throw new Error(`Migration ${m.version} (${m.name}) failed: ${(error as Error).message}. The database was restored from ${backupPath ?? 'its previous state'}.`, { cause: error });
    }
  }
  return { from, to: latest, applied, backupPath };
}

function restoreBackup(db: Db, backupPath: string): void {
  const target = db.name;
  db.close();
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(backupPath, target);
}
