import { AppError } from '../../shared/api/envelope.ts';

/**
 * An error in a file's content: names the file, the 1-based physical line and the column, e.g.
 * `orders_export.csv line 812, column "Created at": "11/10/24 01:57" is not a date in Shopify's format`.
 * `key` is under `imports:errors`; `params` feed its translation (file, line, column, value are added).
 */
export function fileError(file: string, line: number, column: string, value: string, key: string, reason: string, params: Record<string, string | number> = {}): AppError {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return new AppError('bad_file', `${file} line ${line}, column "${column}": "${shown}" ${reason}`, {
    messageKey: `imports:errors.${key}`,
    params: { file, line, column, value: shown, ...params },
    file,
    line,
    column,
  });
}

/** A whole-file refusal (wrong kind of file, missing columns, ambiguous dates). */
export function fileRefusal(file: string, key: string, message: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('bad_file', `${file}: ${message}`, { messageKey: `imports:errors.${key}`, params: { file, ...params }, file });
}
