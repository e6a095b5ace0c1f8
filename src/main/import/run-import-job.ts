import type { JobContext } from '../jobs/job-context.ts';
import type { ImportFileResult } from '../../shared/domain/imports.ts';
import { AppError } from '../../shared/api/envelope.ts';

/** Placeholder until the importers land (issue 3): refuses every file with a clear error. */
export async function runImportJob(_ctx: JobContext, paths: string[]): Promise<ImportFileResult[]> {
  return paths.map((path) => ({ ok: false, fileName: path, error: new AppError('bad_file', 'Importing is not available yet.').toShape() }));
}
