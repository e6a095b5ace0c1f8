import type { JobContext } from './job-context.ts';
import type { JobKind } from '../../shared/domain/jobs.ts';
import type { ImportFileResult } from '../../shared/domain/imports.ts';
import { runImportJob } from '../import/run-import-job.ts';

/** Every long job the worker can run, by name, with its input and result types. */
export const jobs = {
  import: (ctx: JobContext, input: { paths: string[] }): Promise<ImportFileResult[]> => runImportJob(ctx, input.paths),
} satisfies Record<JobKind | string, (ctx: JobContext, input: never) => Promise<unknown>>;

export type JobName = keyof typeof jobs;
export type JobInput<N extends JobName> = Parameters<(typeof jobs)[N]>[1];
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof jobs)[N]>>;
