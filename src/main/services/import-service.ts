import { randomUUID } from 'node:crypto';
import type { CoreContext } from '../core/context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { listImports } from '../import/import-history.ts';

export function importHandlers(ctx: CoreContext): Pick<Handlers, 'imports.run' | 'imports.cancel' | 'imports.list'> {
  return {
    'imports.run': async ({ paths }) => {
      const jobId = randomUUID();
      const results = await ctx.runner.run('import', { paths }, jobId);
      ctx.events.emit('data.changed', { reason: 'import' });
      return { jobId, results };
    },
    'imports.cancel': ({ jobId }) => ({ cancelled: ctx.runner.cancel(jobId) }),
    'imports.list': ({ limit }) => listImports(ctx.read, limit ?? 200),
  };
}
