import { chmodSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { Db } from '../db/connection.ts';
import { AppError } from '../../shared/api/envelope.ts';
import { assertNotLiveDatabase } from './write-target.ts';

/** A temp file name beside `path`, so the final rename stays on one file system. */
export function siblingTempPath(path: string): string {
  return join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a consistent copy of the database `db` is connected to (`VACUUM INTO` reads one snapshot,
 * so a write in progress is never half-copied) to `target`, readable by the owner only. The copy is
 * made under a temp name and renamed, so an existing file at `target` is replaced whole or not at all.
 */
export function copyDatabase(db: Db, target: string): number {
  assertNotLiveDatabase(target, db.name);
  const temp = siblingTempPath(target);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    chmodSync(temp, 0o600);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('bad_file', `The backup could not be written to ${target}: ${(error as Error).message}`, {
      messageKey: 'app:dataErrors.backupFailed',
      params: { path: target, reason: (error as Error).message },
    });
  }
  return statSync(target).size;
}
