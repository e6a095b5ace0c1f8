import { z } from 'zod';
import { AppError } from '../../shared/api/envelope.ts';
import { contract, isRequestName } from '../../shared/api/index.ts';
import { filePath } from '../../shared/api/schemas.ts';
import type { ChosenPaths } from './chosen-paths.ts';

type PathField = { key: string; many: boolean };

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

function pathField(key: string, schema: z.ZodType): PathField | null {
  const inner = unwrap(schema);
  if (inner === filePath) return { key, many: false };
  if (inner instanceof z.ZodArray && unwrap(inner.element as z.ZodType) === filePath) return { key, many: true };
  return null;
}

const fieldsByRequest = new Map<string, PathField[]>();

/**
 * The top-level input fields of a request declared with the shared `filePath` schema (alone,
 * optional, nullable or in an array): the files on disk the request reads or writes. Found
 * from the contract itself, so a new request that takes a path is covered without any list.
 */
export function pathFieldsOf(name: string): PathField[] {
  if (!isRequestName(name)) return [];
  let fields = fieldsByRequest.get(name);
  if (!fields) {
    const input = contract[name].input as z.ZodType;
    fields = input instanceof z.ZodObject ? Object.entries(input.shape as Record<string, z.ZodType>).flatMap(([key, schema]) => pathField(key, schema) ?? []) : [];
    fieldsByRequest.set(name, fields);
  }
  return fields;
}

/** Every path a request's input names (unvalidated: the core's schema checks the rest). */
export function pathsIn(name: string, input: unknown): unknown[] {
  if (typeof input !== 'object' || input === null) return [];
  const record = input as Record<string, unknown>;
  return pathFieldsOf(name).flatMap(({ key, many }) => {
    const value = record[key];
    if (value === undefined || value === null) return [];
    return many && Array.isArray(value) ? value : [value];
  });
}

/**
 * Throws when a request from the window names a file the user did not choose in this session
 * (open/save dialog or drop), so a compromised page cannot read or overwrite arbitrary files.
 */
export function assertPathsChosen(name: unknown, input: unknown, chosen: ChosenPaths): void {
  if (typeof name !== 'string') return;
  for (const path of pathsIn(name, input)) {
    if (typeof path === 'string' && !chosen.has(path)) {
      throw new AppError('invalid_input', `Regulars only opens files you chose in a dialog or dropped on the window; ${JSON.stringify(path.slice(0, 200))} was not.`);
    }
  }
}
