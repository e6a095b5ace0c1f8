import type { JobContext } from './job-context.ts';
import type { JobKind } from '../../shared/domain/jobs.ts';
import type { ImportFileOptions, ImportFileResult } from '../../shared/domain/imports.ts';
import { runImportJob } from '../import/run-import-job.ts';
import { mergeCustomersJob, unmergeCustomerJob } from '../import/customer-merges.ts';
import { importSpendJob, saveChannelLinksJob, saveSpendJob } from '../economics/spend-jobs.ts';
import { runCampaignExport } from '../campaigns/audience-export.ts';
import { saveModelSettingsJob } from '../model/store/model-settings-job.ts';
import { backupJob, deleteAllJob } from '../data/data-jobs.ts';
import { recomputeAfterImport, recomputeAfterMerge, recomputeJob } from '../engine/recompute-job.ts';

/** Every long job the worker can run, by name, with its input and result types. */
export const jobs = {
  import: async (ctx: JobContext, input: { paths: string[]; files?: ImportFileOptions[] }): Promise<ImportFileResult[]> =>
    recomputeAfterImport(ctx, await runImportJob(ctx, input.paths, input.files)),
  recompute: recomputeJob,
  mergeCustomers: async (ctx: JobContext, input: Parameters<typeof mergeCustomersJob>[1]) => recomputeAfterMerge(ctx, await mergeCustomersJob(ctx, input)),
  unmergeCustomer: async (ctx: JobContext, input: Parameters<typeof unmergeCustomerJob>[1]) => recomputeAfterMerge(ctx, await unmergeCustomerJob(ctx, input)),
  saveSpend: saveSpendJob,
  importSpend: importSpendJob,
  saveChannelLinks: saveChannelLinksJob,
  campaignExport: runCampaignExport,
  saveModelSettings: saveModelSettingsJob,
  backup: backupJob,
  deleteAll: deleteAllJob,
} satisfies Record<JobKind, (ctx: JobContext, input: never) => Promise<unknown>>;

export type JobName = keyof typeof jobs;
export type JobInput<N extends JobName> = Parameters<(typeof jobs)[N]>[1];
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof jobs)[N]>>;
