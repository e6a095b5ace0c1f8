import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { AppError } from '../../shared/api/envelope.ts';
import { listImports } from '../import/import-history.ts';
import { inspectPreview, previewFile } from '../import/file-plan.ts';

type ImportRequestNames = 'imports.inspect' | 'imports.run' | 'imports.cancel' | 'imports.list' | 'customers.merge' | 'customers.unmerge';

export function importHandlers(ctx: CoreContext): Pick<Handlers, ImportRequestNames> {
  return {
    'imports.inspect': async ({ path }) => {
      const fileName = basename(path);
      let preview;
      try {
        preview = await previewFile(path, fileName);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('bad_file', `${fileName}: the file cannot be read (${path}).`, { messageKey: 'imports:errors.unreadable', params: { file: fileName, path }, file: fileName });
      }
      return inspectPreview(ctx.read, preview);
    },
    'imports.run': async ({ paths, files }) => {
      const jobId = randomUUID();
      const results = await ctx.runner.run('import', { paths, files }, jobId);
      ctx.events.emit('data.changed', { reason: 'import' });
      return { jobId, results };
    },
    'imports.cancel': ({ jobId }) => ({ cancelled: ctx.runner.cancel(jobId) }),
    'imports.list': ({ limit }) => listImports(ctx.read, limit ?? 200),
    'customers.merge': async ({ sourceId, targetId }) => {
      const result = await ctx.runner.run('mergeCustomers', { sourceId, targetId });
      ctx.events.emit('data.changed', { reason: 'merge' });
      return result;
    },
    'customers.unmerge': async ({ customerId }) => {
      const result = await ctx.runner.run('unmergeCustomer', { customerId });
      ctx.events.emit('data.changed', { reason: 'unmerge' });
      return result;
    },
  };
}
