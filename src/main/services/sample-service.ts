import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { AppError } from '../../shared/api/envelope.ts';

const sampleFiles = ['customers_export.csv', 'orders_export.csv'];

/** The sample folder next to the sources (`src/main/services`) or the bundle (`out/main`). */
function sampleDir(): string | undefined {
  const candidates = [new URL('../../../resources/sample/', import.meta.url), new URL('../../resources/sample/', import.meta.url)];
  return candidates.map((url) => fileURLToPath(url)).find((dir) => existsSync(dir));
}

export function sampleHandlers(ctx: CoreContext): Pick<Handlers, 'samples.importSampleStore'> {
  return {
    'samples.importSampleStore': async () => {
      const dir = sampleDir();
      const paths = dir ? sampleFiles.map((name) => `${dir}${name}`).filter((path) => existsSync(path)) : [];
      if (paths.length === 0) throw new AppError('not_found', 'The sample store files are missing from this installation.', { messageKey: 'app:errors.sampleMissing' });
      const jobId = randomUUID();
      const results = await ctx.runner.run('import', { paths }, jobId);
      ctx.events.emit('data.changed', { reason: 'import' });
      return { jobId, results };
    },
  };
}
