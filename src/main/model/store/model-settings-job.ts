import type { JobContext } from '../../jobs/job-context.ts';
import type { ModelSettings } from '../../../shared/domain/model.ts';
import { recompute } from '../../engine/recompute.ts';
import { writeModelSettings } from './model-settings.ts';

/** Saves the model settings and recomputes, so stored predictions and the at-risk stage follow them. */
export async function saveModelSettingsJob(ctx: JobContext, input: Partial<ModelSettings>): Promise<ModelSettings> {
  const settings = writeModelSettings(ctx.db, input);
  recompute(ctx.db, { signal: ctx.signal, progress: (percent) => ctx.progress({ phase: 'recomputing', percent }) });
  return settings;
}
