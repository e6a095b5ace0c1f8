import type { JobContext } from '../job-contract/job-context.ts';
import { recompute, type RecomputeOutcome } from './recompute.ts';
import { writeLifecycleSettings, type LifecycleSettingsChange } from '../engine/settings.ts';
import type { ImportFileResult } from '../../shared/domain/imports.ts';
import type { LifecycleSettings } from '../../shared/domain/lifecycle.ts';

function recomputeIn(ctx: JobContext, full = false): RecomputeOutcome {
  return recompute(ctx.db, { full, signal: ctx.signal, progress: (percent) => ctx.progress({ phase: 'recomputing', percent }) });
}

/** The `recompute` job: applies a lifecycle settings change (if any), then recomputes everything. */
export async function recomputeJob(ctx: JobContext, input: { settings?: LifecycleSettingsChange; full?: boolean }): Promise<RecomputeOutcome & { settings: LifecycleSettings | null }> {
  const settings = input.settings ? writeLifecycleSettings(ctx.db, input.settings) : null;
  return { ...recomputeIn(ctx, input.full ?? false), settings };
}

/**
 * After an import, in the same job: recompute when at least one file was imported. The files are
 * committed already and stand on their own: an analysis that fails (its writes roll back) does not
 * fail the import; each imported file's report says the figures are still those from before it.
 */
export function recomputeAfterImport(ctx: JobContext, results: ImportFileResult[]): ImportFileResult[] {
  if (!results.some((r) => r.ok)) return results;
  try {
    recomputeIn(ctx);
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    const warning = { code: 'analysisNotUpdated', message: `The file is imported, but the figures could not be recomputed with it (${detail}): they are shown as before this import.`, count: 1, lines: [] };
    for (const r of results) if (r.ok) r.report.warnings.push(warning);
  }
  return results;
}

/**
 * After a job that changed what the recompute reads (a merge or an unmerge, the model settings,
 * deleting every row), in the same job: recompute, then hand back that job's result.
 */
export function recomputeAfter<Result>(ctx: JobContext, result: Result, options: { full?: boolean } = {}): Result {
  recomputeIn(ctx, options.full ?? false);
  return result;
}
