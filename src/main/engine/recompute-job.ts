import type { JobContext } from '../jobs/job-context.ts';
import { recompute, type RecomputeOutcome } from './recompute.ts';
import { writeLifecycleSettings, type LifecycleSettingsChange } from './settings.ts';
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

/** After a merge or an unmerge, in the same job: who bought what changed, so recompute. */
export function recomputeAfterMerge<Result>(ctx: JobContext, result: Result): Result {
  recomputeIn(ctx);
  return result;
}
