import { fileFieldsOf } from '../../src/main/electron/path-arguments.ts';
import { requestNames, type Envelope } from '../../src/shared/api/index.ts';
import type { ImportFileResult } from '../../src/shared/domain/imports.ts';

/**
 * Requests that read a file the user names. Requests that write one get their path from the
 * shell's save dialog, and are not pointed at system files here (the tests may run as root).
 */
export const readingRequests = requestNames.filter((name) => /import/i.test(name) && fileFieldsOf(name).some((field) => field.access === 'read'));

/** Puts `value` at `at` (`path`, `paths[]`, `files[].path`) in `target`. */
function place(target: Record<string, unknown>, at: string, value: string): void {
  const [head, ...rest] = at.split('.');
  const many = head.endsWith('[]');
  const key = many ? head.slice(0, -2) : head;
  if (rest.length === 0) {
    target[key] = many ? [value] : value;
    return;
  }
  const inner: Record<string, unknown> = {};
  place(inner, rest.join('.'), value);
  target[key] = many ? [inner] : inner;
}

/** A request input with `path` in every file field of the request, nested ones too (`files[].path`). */
export function inputNaming(name: string, path: string): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const { at } of fileFieldsOf(name)) place(input, at, path);
  return input;
}

/**
 * What the user is told when a file is refused: the request's error, each file's error of an
 * import, or a preview that recognises no export. Null when the file was taken for an export, or
 * refused only with an unexplained internal error.
 */
export function refusalText(answer: Envelope<unknown>): string | null {
  if (!answer.ok) return answer.error.code === 'internal' ? null : `${answer.error.message} ${String(answer.error.details?.file ?? '')}`;
  const inspection = answer.value as { kind?: unknown; fileName?: unknown };
  // The mapping step's preview shows what it read; a system file is not recognised as any export.
  if ('kind' in inspection) return inspection.kind === null ? `not recognised: ${String(inspection.fileName)}` : null;
  const results = (answer.value as { results?: ImportFileResult[] }).results;
  if (!results || results.some((r) => r.ok || r.error.code === 'internal')) return null;
  return results.map((r) => (r.ok ? '' : `${r.fileName} ${r.error.message}`)).join(' ');
}
