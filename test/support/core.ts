import { join } from 'node:path';
import { createCore, type Core } from '../../src/main/core/create-core.ts';
import { makeTempDir } from './temp-dir.ts';

export const WORKER_URL = new URL('../../src/main/jobs/worker.ts', import.meta.url);

/** A real core on a real SQLite file in a temp folder, with jobs in a worker thread. */
export function startTestCore(options: { inline?: boolean; dbPath?: string } = {}): Core & { dir: string; dispose(): Promise<void> } {
  const temp = makeTempDir();
  const dbPath = options.dbPath ?? join(temp.dir, 'regulars.db');
  const core = createCore({ dbPath, workerUrl: options.inline ? undefined : WORKER_URL });
  return Object.assign(core, {
    dir: temp.dir,
    async dispose() {
      await core.close();
      temp.cleanup();
    },
  });
}
