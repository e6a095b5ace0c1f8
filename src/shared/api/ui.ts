import { z } from 'zod';
import { request } from './define.ts';
import type { ImportFileResult } from '../domain/imports.ts';

/** Requests the desktop UI needs beyond the domain files. */
export const uiRequests = {
  /** Import the bundled sample store (resources/sample/*.csv), so a new user can look around before using their own data. */
  'samples.importSampleStore': request<{ jobId: string; results: ImportFileResult[] }>()(z.object({}).strict()),
};
