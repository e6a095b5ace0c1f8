import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/api/envelope.ts';

/** The real path of a file, or of its folder plus its name when the file does not exist yet. */
function canonical(path: string): string {
  const full = resolve(path);
  if (existsSync(full)) return realpathSync(full);
  const folder = dirname(full);
  return existsSync(folder) ? join(realpathSync(folder), basename(full)) : full;
}

function liveFiles(dbPath: string): string[] {
  const live = canonical(dbPath);
  return [live, `${live}-wal`, `${live}-shm`, `${live}-journal`];
}

/**
 * Whether `target` is the live database, one of its SQLite companions (`-wal`, `-shm`, `-journal`) or a
 * copy the app keeps beside it (`regulars.db.before-restore.bak`, `regulars.db.before-v8.bak`).
 */
function isDatabaseFile(target: string, dbPath: string): boolean {
  const wanted = canonical(target);
  if (liveFiles(dbPath).includes(wanted)) return true;
  return wanted.startsWith(`${canonical(dbPath)}.`) && wanted.endsWith('.bak');
}

function writeOverDatabase(target: string): AppError {
  return new AppError(
    'invalid_input',
    `${target} is the Regulars database, one of its working files or one of its backup copies: nothing is written over it. Choose another file name.`,
    { messageKey: 'app:dataErrors.writeOverDatabase', params: { path: target } },
  );
}

/** Refuses a target that is the live database or one of its companions (the app's own copies beside it may be rewritten). */
export function assertNotLiveDatabase(target: string, dbPath: string): void {
  if (liveFiles(dbPath).includes(canonical(target))) throw writeOverDatabase(target);
}

export interface WriteTargetOptions {
  /** The user confirmed replacing an existing file (the save dialog asked; `--replace` on the command line). */
  replace?: boolean;
  /** Whether an existing file at the target is one the app wrote and may replace without asking. */
  isOwnFile(path: string): boolean;
}

/**
 * Every file the app writes (an export, a backup) goes through this first: never over the database or its
 * copies, and over another existing file only if it is one the app wrote or the user confirmed replacing it.
 */
export function assertWritableTarget(target: string, dbPath: string, options: WriteTargetOptions): void {
  if (isDatabaseFile(target, dbPath)) throw writeOverDatabase(target);
  if (options.replace || !existsSync(target)) return;
  if (!statSync(target).isFile() || !options.isOwnFile(target)) {
    throw new AppError(
      'invalid_input',
      `${target} already exists and is not a file Regulars wrote, so it was left as it is. Choose another file name, or confirm replacing it (the app's save dialog asks; on the command line add --replace).`,
      { messageKey: 'app:dataErrors.writeOverOtherFile', params: { path: target } },
    );
  }
}
