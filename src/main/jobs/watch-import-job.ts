import type { JobContext } from '../job-contract/job-context.ts';
import { toErrorShape } from '../../shared/api/to-error-shape.ts';
import type { WatchScan } from '../../shared/domain/imports.ts';
import { runImportJob } from '../import/run-import-job.ts';
import { recordWatchedFile } from '../import/watched-files.ts';
import { importSpendJob } from '../economics/spend-jobs.ts';
import { recomputeAfterImport } from '../recompute/recompute-job.ts';

export interface WatchImportInput {
  path: string;
  fileName: string;
  hash: string;
  /** A marketing spend file (`month,channel,spend`) rather than an order or customers export. */
  spend: boolean;
}

type Outcome = { imported: WatchScan['imported'][number] } | { failed: WatchScan['failed'][number] };

/**
 * Imports one file found in the watched folder, as a drop on the window would (followed by a recompute),
 * and remembers its content whatever the outcome, so the same content is never tried twice.
 */
export async function watchImportJob(ctx: JobContext, input: WatchImportInput): Promise<Outcome> {
  const { fileName, hash } = input;
  let outcome: Outcome;
  if (input.spend) {
    try {
      outcome = { imported: { fileName, kind: 'spend', spendRows: await importSpendJob(ctx, { path: input.path }) } };
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      outcome = { failed: { fileName, error: toErrorShape(error) } };
    }
  } else {
    const [result] = recomputeAfterImport(ctx, await runImportJob(ctx, [input.path]));
    outcome = result.ok ? { imported: { fileName, kind: 'export', report: result.report } } : { failed: { fileName, error: result.error } };
  }
  recordWatchedFile(ctx.db, { hash, fileName, outcome: 'imported' in outcome ? 'imported' : 'failed' });
  return outcome;
}
