import type { JobContext } from '../job-contract/job-context.ts';
import { copyDatabase } from './database-copy.ts';
import type { BackupResult, DeleteAllResult } from '../../shared/domain/data.ts';

/** The `backup` job: runs on the write connection, so the copy sees every committed write and nothing half-done. */
export async function backupJob(ctx: JobContext, input: { path: string }): Promise<BackupResult> {
  ctx.progress({ phase: 'backingUp', percent: null });
  const bytes = copyDatabase(ctx.db, input.path);
  ctx.progress({ phase: 'backingUp', percent: 100 });
  return { path: input.path, bytes };
}

function userTables(ctx: JobContext): string[] {
  const rows = ctx.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[];
  return rows.map((r) => r.name);
}

/**
 * The `deleteAll` job: empties every table in one transaction (foreign keys checked at commit, so
 * the order does not matter) and vacuums so the deleted rows leave the file; the job registry then
 * recomputes the now empty results. The schema stays; display preferences live outside the
 * database and are kept.
 */
export async function deleteAllJob(ctx: JobContext): Promise<DeleteAllResult> {
  ctx.progress({ phase: 'deleting', percent: null });
  const tables = userTables(ctx);
  ctx.db.transaction(() => {
    ctx.db.pragma('defer_foreign_keys = ON');
    for (const table of tables) ctx.db.exec(`DELETE FROM "${table.replaceAll('"', '""')}"`);
    const sequence = ctx.db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'").get();
    if (sequence) ctx.db.exec('DELETE FROM sqlite_sequence');
  }).immediate();
  ctx.db.exec('VACUUM');
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  return { tablesCleared: tables.length };
}
