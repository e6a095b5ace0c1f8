import { statSync } from 'node:fs';
import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { AppError } from '../../shared/api/envelope.ts';
import { readWatchFolder } from '../import/watched-files.ts';
import { scanFolder } from './folder-watcher.ts';

/** How long a look waits to see whether files are still being written. */
const SETTLE_MS = 1500;

function checkFolder(folder: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new AppError('bad_file', `${folder} is not a folder.`, { messageKey: 'imports:watch.notAFolder', params: { folder }, file: folder });
}

/** The folder is saved with the shop; the app's core watches it (folder-watcher.ts), the CLI's looks only when asked (`watch.scan`). */
export function watchHandlers(ctx: CoreContext): Pick<Handlers, 'watch.folder' | 'watch.setFolder' | 'watch.scan'> {
  return {
    'watch.folder': () => ({ folder: readWatchFolder(ctx.read) }),
    'watch.setFolder': async ({ folder }) => {
      if (folder !== null) checkFolder(folder);
      await ctx.runner.run('saveWatchFolder', { folder });
      return { folder };
    },
    'watch.scan': ({ folder, settleMs }) => {
      checkFolder(folder);
      return scanFolder(ctx, folder, settleMs ?? SETTLE_MS);
    },
  };
}
