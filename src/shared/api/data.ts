import { z } from 'zod';
import { request } from './define.ts';
import { filePath, replaceConfirmed, writePath } from './schemas.ts';
import type { BackupResult, DeleteAllResult, RestoreResult } from '../domain/data.ts';

/** The database file as a whole: back it up, put a backup back, or start over. */
export const dataRequests = {
  'data.backup': request<BackupResult>()(z.object({ path: writePath, replace: replaceConfirmed }).strict()),
  'data.restore': request<RestoreResult>()(z.object({ path: filePath }).strict()),
  'data.deleteAll': request<DeleteAllResult>()(z.object({ confirm: z.literal('DELETE') }).strict()),
};
