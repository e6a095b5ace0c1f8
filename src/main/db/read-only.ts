import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from './connection.ts';
import { migrate, refuseNewerDatabase, type Migration } from './migrate.ts';
import { AppError } from '../../shared/api/envelope.ts';

export interface ReadOnlyDatabase {
  db: Db;
  /** Closes the connection and removes the private copy, if one was read. */
  close(): void;
}

function noDatabase(dbPath: string): AppError {
  return new AppError('not_found', `No Regulars database at ${dbPath}. Import a file first (regulars import FILE --db ${dbPath}), or check the path.`, {
    messageKey: 'noDatabase',
    params: { path: dbPath },
  });
}

function unreadable(dbPath: string, reason: string): AppError {
  return new AppError('bad_file', `Cannot read the Regulars database ${dbPath}: ${reason}.`, { messageKey: 'databaseUnreadable', params: { path: dbPath, reason }, file: dbPath });
}

/** Opens `path` read-only and checks it is a Regulars database of this version: null when SQLite cannot read it in place. */
function openInPlace(path: string): Db | null {
  let db: Db | null = null;
  try {
    db = openDatabase(path, { readonly: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (error) {
    db?.close();
    const code = (error as { code?: string }).code ?? '';
    // A WAL database in a folder the user cannot write: SQLite cannot make its -shm file there.
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return null;
    throw error;
  }
}

/**
 * The database for a command that only reads: never created, never changed. A missing file is an error
 * naming it. A file SQLite cannot read where it lies (a read-only folder), or one from an older Regulars
 * (whose schema needs the migrations, or whose stored `results` are out of date), is read from a private
 * copy in the temp folder, brought up to date there: the file itself is left as it was.
 */
export interface StoredResults {
  /** Whether the file's stored results are out of date (read on the file itself, read-only). */
  stale(db: Db): boolean;
  /** Brings them up to date, on the private copy. */
  refresh(db: Db): void;
}

export function openForReading(dbPath: string, migrations: readonly Migration[], results?: StoredResults): ReadOnlyDatabase {
  if (!existsSync(dbPath)) throw noDatabase(dbPath);
  if (!statSync(dbPath).isFile()) throw unreadable(dbPath, 'it is not a file');
  refuseNewerDatabase(dbPath, migrations);
  let db: Db | null;
  try {
    db = openInPlace(dbPath);
  } catch (error) {
    throw unreadable(dbPath, (error as Error).message);
  }
  const version = db ? (db.pragma('user_version', { simple: true }) as number) : -1;
  if (db && version === 0) {
    db.close();
    throw unreadable(dbPath, 'it is not a Regulars database');
  }
  if (db && version === migrations.length && !results?.stale(db)) {
    const inPlace = db;
    return { db: inPlace, close: () => inPlace.close() };
  }
  db?.close();

  const folder = mkdtempSync(join(tmpdir(), 'regulars-read-'));
  const copy = join(folder, 'regulars.db');
  const removeCopy = () => rmSync(folder, { recursive: true, force: true });
  try {
    copyFileSync(dbPath, copy);
    if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
    const writer = openDatabase(copy);
    try {
      if ((writer.pragma('user_version', { simple: true }) as number) === 0) throw new Error('it is not a Regulars database');
      migrate(writer, migrations, copy);
      results?.refresh(writer);
    } finally {
      writer.close();
    }
    const read = openDatabase(copy, { readonly: true });
    return {
      db: read,
      close() {
        read.close();
        removeCopy();
      },
    };
  } catch (error) {
    removeCopy();
    throw error instanceof AppError ? error : unreadable(dbPath, (error as Error).message);
  }
}
