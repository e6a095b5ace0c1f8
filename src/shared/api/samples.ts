import { z } from 'zod';
import { request } from './define.ts';
import type { ImportFileResult } from '../domain/imports.ts';

/** The bundled sample store, served by `src/main/services/sample-service.ts`. */
export const sampleRequests = {
  /** Import the bundled sample store (resources/sample/*.csv), so a new user can look around before using their own data. */
  'samples.importSampleStore': request<{ jobId: string; results: ImportFileResult[] }>()(z.object({}).strict()),
};
