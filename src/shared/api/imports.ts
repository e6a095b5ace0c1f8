import { z } from 'zod';
import { request } from './define.ts';
import { filePath } from './schemas.ts';
import type { ImportFileResult, ImportRecord } from '../domain/imports.ts';

export const importRequests = {
  /** Import files one after another, each in its own transaction; resolves when all are done. */
  'imports.run': request<{ jobId: string; results: ImportFileResult[] }>()(
    z.object({ paths: z.array(filePath).min(1).max(100) }).strict(),
  ),
  'imports.cancel': request<{ cancelled: boolean }>()(z.object({ jobId: z.string().min(1).max(100) }).strict()),
  'imports.list': request<ImportRecord[]>()(z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict()),
};
