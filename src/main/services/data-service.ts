import { renameSync, rmSync } from 'node:fs';
import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { migrations } from '../db/migrations/index.ts';
import { assertWritableTarget } from '../data/write-target.ts';
import { prepareRestoreCandidate } from '../data/restore-candidate.ts';

type DataRequest = 'data.backup' | 'data.restore' | 'data.deleteAll';

/** The copy of the live database kept beside it when a backup is restored over it. */
export function beforeRestorePath(dbPath: string): string {
  return `${dbPath}.before-restore.bak`;
}

export function dataHandlers(ctx: CoreContext): Pick<Handlers, DataRequest> {
  return {
    /** Writes a new file, or replaces one only when the user confirmed it: a backup never lands on a file by accident. */
    'data.backup': ({ path, replace }) => {
      assertWritableTarget(path, ctx.dbPath, { replace, isOwnFile: () => false });
      return ctx.runner.run('backup', { path });
    },
    /**
     * Checks and prepares the chosen file first (nothing changes if it is not a usable Regulars
     * database), saves the current database beside it once the jobs already queued are done, then
     * swaps the file with the writer stopped and every connection closed, and reopens.
     */
    'data.restore': async ({ path }) => {
      const candidate = prepareRestoreCandidate(path, ctx.dbPath, migrations);
      const previousCopyPath = beforeRestorePath(ctx.dbPath);
      try {
        await ctx.reopen({
          lastJob: () => ctx.runner.run('backup', { path: previousCopyPath }),
          swap() {
            renameSync(candidate.path, ctx.dbPath);
            for (const suffix of ['-wal', '-shm']) rmSync(`${ctx.dbPath}${suffix}`, { force: true });
          },
        });
      } finally {
        rmSync(candidate.path, { force: true });
      }
      await ctx.runner.run('recompute', { full: true });
      ctx.events.emit('data.changed', { reason: 'restore' });
      return { previousCopyPath, restoredFromSchema: candidate.fromSchema, schemaVersion: ctx.schemaVersion };
    },
    'data.deleteAll': async () => {
      const result = await ctx.runner.run('deleteAll', undefined);
      ctx.events.emit('data.changed', { reason: 'deleteAll' });
      return result;
    },
  };
}
