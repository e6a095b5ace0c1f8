import { join } from 'node:path';
import { createCore, type Core } from '../../src/main/core/create-core.ts';
import type { RequestInput, RequestName, RequestResult } from '../../src/shared/api/index.ts';
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

/** Calls a request through the core's dispatch (as every front end does) and unwraps the answer, throwing its error. */
export async function call<N extends RequestName>(core: Pick<Core, 'dispatch'>, name: N, input: RequestInput<N>): Promise<RequestResult<N>> {
  const answer = await core.dispatch(name, input);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
  return answer.value as RequestResult<N>;
}
