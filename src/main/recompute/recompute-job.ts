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

/** After an import, in the same job: recompute when at least one file was imported. */
export function recomputeAfterImport(ctx: JobContext, results: ImportFileResult[]): ImportFileResult[] {
  if (results.some((r) => r.ok)) recomputeIn(ctx);
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
