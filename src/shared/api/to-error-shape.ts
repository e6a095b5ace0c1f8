import { AppError, type ApiErrorShape } from './envelope.ts';

/** Any thrown value as the `{ code, message, details }` the UI can show. */
export function toErrorShape(error: unknown): ApiErrorShape {
  if (error instanceof AppError) return error.toShape();
  if (error instanceof Error && error.name === 'AbortError') return { code: 'cancelled', message: 'Cancelled.' };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Regulars: ${message}` };
}
