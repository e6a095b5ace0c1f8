import type { ApiErrorShape } from '../../shared/api/envelope.ts';
import type { JobProgress } from '../../shared/domain/jobs.ts';
import type { JobName } from './registry.ts';

/** `stop`: cancel every job, close the database and end the thread (the runner's close). */
export type ToExecutor = { type: 'run'; jobId: string; name: JobName; input: unknown } | { type: 'cancel'; jobId: string } | { type: 'stop' };

export type FromExecutor =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; jobId: string; result: unknown }
  | { type: 'failed'; jobId: string; error: ApiErrorShape; cancelled: boolean };
