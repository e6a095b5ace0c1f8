import { z } from 'zod';
import { request } from './define.ts';
import { filePath } from './schemas.ts';
import type { WatchScan } from '../domain/imports.ts';

export const watchRequests = {
  /** The folder Settings > "Watch a folder" watches, or null. */
  'watch.folder': request<{ folder: string | null }>()(z.object({}).strict()),
  /** Watches a folder from now on (null: none). A new or changed export appearing there is imported once. */
  'watch.setFolder': request<{ folder: string | null }>()(z.object({ folder: filePath.nullable() }).strict()),
  /** Looks at a folder once: imports what is new there, waiting `settleMs` to see which files are still being written. */
  'watch.scan': request<WatchScan>()(z.object({ folder: filePath, settleMs: z.number().int().min(0).max(60_000).optional() }).strict()),
};
