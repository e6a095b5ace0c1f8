import { z } from 'zod';
import { request } from './define.ts';
import { filePath } from './schemas.ts';
import { dateFormats, mappingFields, type CustomerMergeResult, type FileInspection, type ImportFileResult, type ImportRecord, type MappingField } from '../domain/imports.ts';

const headerName = z.string().min(1).max(200);
const columnMapping = z
  .object(Object.fromEntries(mappingFields.map((f) => [f, headerName.optional()])) as Record<MappingField, z.ZodOptional<typeof headerName>>)
  .strict();
const fileOptions = z.object({ path: filePath, mapping: columnMapping.optional(), dateFormat: z.enum(dateFormats).optional() }).strict();
const customerId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const importRequests = {
  /** What a file is (kind, layout, header, samples), the proposed column mapping and any date-format question. */
  'imports.inspect': request<FileInspection>()(z.object({ path: filePath }).strict()),
  /**
   * Import files one after another, each in its own transaction; resolves when all are done.
   * `files` carries per-file choices from the mapping step (matched by path). Progress arrives as `job.progress`.
   */
  'imports.run': request<{ jobId: string; results: ImportFileResult[] }>()(
    z.object({ paths: z.array(filePath).min(1).max(100), files: z.array(fileOptions).max(100).optional() }).strict(),
  ),
  'imports.cancel': request<{ cancelled: boolean }>()(z.object({ jobId: z.string().min(1).max(100) }).strict()),
  'imports.list': request<ImportRecord[]>()(z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict()),
  /** Count `sourceId` as `targetId` from now on (same person, two e-mails). Undo with `customers.unmerge`. */
  'customers.merge': request<CustomerMergeResult>()(z.object({ sourceId: customerId, targetId: customerId }).strict()),
  /** Undo the merge that folded `customerId` into another customer. */
  'customers.unmerge': request<{ customerId: number; restored: number[] }>()(z.object({ customerId }).strict()),
};
