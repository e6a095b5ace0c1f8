import type { JobContext } from '../job-contract/job-context.ts';
import type { JobKind } from '../../shared/domain/jobs.ts';
import type { ImportFileOptions, ImportFileResult } from '../../shared/domain/imports.ts';
import type { ModelSettings } from '../../shared/domain/model.ts';
import { runImportJob } from '../import/run-import-job.ts';
import { mergeCustomersJob, unmergeCustomerJob } from '../import/customer-merges.ts';
import { importCostsJob, importSpendJob, saveChannelLinksJob, saveSpendJob } from '../economics/spend-jobs.ts';
import { writeMarginSettings } from '../shop/margin-settings.ts';
import type { MarginSettings } from '../../shared/domain/economics.ts';
import { runCampaignExport } from '../campaigns/audience-export.ts';
import { deleteSegment, saveSegment } from '../campaigns/segment-store.ts';
import { writeControlGroup } from '../campaigns/control-group.ts';
import { writeModelSettings } from '../model/store/model-settings.ts';
import { backupJob, deleteAllJob } from '../data/data-jobs.ts';
import { saveTargetsJob } from '../funnel/funnel-targets.ts';
import { recomputeAfter, recomputeAfterImport, recomputeJob } from '../recompute/recompute-job.ts';
import { recordWatchedFile, writeWatchFolder } from '../import/watched-files.ts';
import { watchImportJob } from './watch-import-job.ts';

/**
 * Every long job the worker can run, by name, with its input and result types. A job that changes
 * what the recompute reads is followed by a recompute in the same job, here, so the domain rooms
 * never call the recompute (which sits above them).
 */
export const jobs = {
  import: async (ctx: JobContext, input: { paths: string[]; files?: ImportFileOptions[] }): Promise<ImportFileResult[]> =>
    recomputeAfterImport(ctx, await runImportJob(ctx, input.paths, input.files)),
  recompute: recomputeJob,
  mergeCustomers: async (ctx: JobContext, input: Parameters<typeof mergeCustomersJob>[1]) => recomputeAfter(ctx, await mergeCustomersJob(ctx, input)),
  unmergeCustomer: async (ctx: JobContext, input: Parameters<typeof unmergeCustomerJob>[1]) => recomputeAfter(ctx, await unmergeCustomerJob(ctx, input)),
  saveSpend: saveSpendJob,
  importSpend: importSpendJob,
  importCosts: importCostsJob,
  saveChannelLinks: saveChannelLinksJob,
  saveMarginSettings: async (ctx: JobContext, input: Partial<MarginSettings>): Promise<MarginSettings> => writeMarginSettings(ctx.db, input),
  saveFunnelTargets: saveTargetsJob,
  campaignExport: runCampaignExport,
  saveSegment: async (ctx: JobContext, input: { name: string; rule: string }) => saveSegment(ctx.db, input.name, input.rule),
  deleteSegment: async (ctx: JobContext, input: { name: string }) => deleteSegment(ctx.db, input.name),
  saveControlGroup: async (ctx: JobContext, input: { percent: number; today: string }) => writeControlGroup(ctx.db, input.percent, input.today),
  /** Saves the model settings and recomputes, so stored predictions and the at-risk stage follow them. */
  saveModelSettings: async (ctx: JobContext, input: Partial<ModelSettings>): Promise<ModelSettings> => recomputeAfter(ctx, writeModelSettings(ctx.db, input)),
  backup: backupJob,
  /** A file of the watched folder: imported (and recomputed after), its content remembered. */
  watchImport: watchImportJob,
  /** A file of the watched folder that is not an export Regulars can import without asking: remembered, not imported. */
  skipWatchedFile: async (ctx: JobContext, input: { hash: string; fileName: string }) => recordWatchedFile(ctx.db, { ...input, outcome: 'skipped' }),
  saveWatchFolder: async (ctx: JobContext, input: { folder: string | null }) => writeWatchFolder(ctx.db, input.folder),
  deleteAll: async (ctx: JobContext) => recomputeAfter(ctx, await deleteAllJob(ctx), { full: true }),
} satisfies Record<JobKind, (ctx: JobContext, input: never) => Promise<unknown>>;

export type JobName = keyof typeof jobs;
export type JobInput<N extends JobName> = Parameters<(typeof jobs)[N]>[1];
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof jobs)[N]>>;
