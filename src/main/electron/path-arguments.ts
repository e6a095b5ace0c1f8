import { z } from 'zod';
import { AppError } from '../../shared/api/envelope.ts';
import { contract, isRequestName } from '../../shared/api/index.ts';
import { filePath, writePath } from '../../shared/api/schemas.ts';
import type { ChosenPaths, FileAccess } from './chosen-paths.ts';

/** Where a request's input names a file: a path like `files[].path`, and whether the request reads or writes it. */
export type FileField = { at: string; access: FileAccess };

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

/**
 * Walks a schema and the matching input side by side, calling `found` for every value declared with
 * `filePath` (read) or `writePath` (write), at any depth: in objects, in arrays, in arrays of objects.
 */
function walk(schema: z.ZodType, value: unknown, at: string, found: (at: string, access: FileAccess, value: unknown) => void): void {
  const inner = unwrap(schema);
  if (inner === filePath) return found(at, 'read', value);
  if (inner === writePath) return found(at, 'write', value);
  if (inner instanceof z.ZodArray) {
    const element = inner.element as z.ZodType;
    if (value === undefined) walk(element, undefined, `${at}[]`, found);
    else if (Array.isArray(value)) for (const item of value) walk(element, item, `${at}[]`, found);
    return;
  }
  if (inner instanceof z.ZodObject) {
    const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
    if (value !== undefined && !record) return;
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      walk(field, record?.[key], at === '' ? key : `${at}.${key}`, found);
    }
  }
}

const fieldsByRequest = new Map<string, FileField[]>();

/**
 * Every place a request's input names a file, found from the contract itself (`filePath` or `writePath`,
 * at any depth), so a new request that takes a path is covered without any list.
 */
export function fileFieldsOf(name: string): FileField[] {
  if (!isRequestName(name)) return [];
  let fields = fieldsByRequest.get(name);
  if (!fields) {
    const found: FileField[] = [];
    walk(contract[name].input as z.ZodType, undefined, '', (at, access) => found.push({ at, access }));
    fields = found;
    fieldsByRequest.set(name, fields);
  }
  return fields;
}

/** Every file a request's input names, with whether it is read or written (unvalidated: the core's schema checks the rest). */
export function filesIn(name: string, input: unknown): { path: unknown; access: FileAccess }[] {
  if (!isRequestName(name) || typeof input !== 'object' || input === null) return [];
  const files: { path: unknown; access: FileAccess }[] = [];
  walk(contract[name].input as z.ZodType, input, '', (_at, access, value) => {
    if (value !== undefined && value !== null) files.push({ path: value, access });
  });
  return files;
}

/**
 * Throws when a request from the window names a file the user did not choose in this session for that
 * request (open/save dialog or drop), so a compromised page cannot read or overwrite arbitrary files, nor
 * write over a file the user picked to import.
 */
export function assertPathsChosen(name: unknown, input: unknown, chosen: ChosenPaths): void {
  if (typeof name !== 'string') return;
  for (const { path, access } of filesIn(name, input)) {
    if (!chosen.allows(path, name, access)) {
      const shown = typeof path === 'string' ? path.slice(0, 200) : String(path).slice(0, 200);
      throw new AppError('invalid_input', `Regulars only ${access === 'read' ? 'reads' : 'writes'} files you chose for this in a dialog or dropped on the window; ${JSON.stringify(shown)} was not.`, {
        messageKey: access === 'read' ? 'app:dataErrors.readNotChosen' : 'app:dataErrors.writeNotChosen',
        params: { path: shown },
      });
    }
  }
}

/**
 * A request writing a file the user chose in the save dialog, marked as confirmed to replace it: the dialog
 * itself asked before returning an existing file. Whatever the page sent in `replace` is overwritten.
 */
export function withReplaceConfirmed(name: unknown, input: unknown): unknown {
  if (typeof name !== 'string' || !isRequestName(name) || typeof input !== 'object' || input === null) return input;
  const schema = unwrap(contract[name].input as z.ZodType);
  if (!(schema instanceof z.ZodObject) || !('replace' in schema.shape)) return input;
  const writes = filesIn(name, input).some((file) => file.access === 'write');
  return writes ? { ...(input as Record<string, unknown>), replace: true } : input;
}
