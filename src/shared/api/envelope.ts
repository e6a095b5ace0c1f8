/** The shape every request answers with, across IPC, the test host and the CLI. */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_request'
  | 'forbidden_sender'
  | 'not_found'
  | 'bad_file'
  | 'cancelled'
  | 'database_too_new'
  | 'busy'
  | 'internal';

export interface ApiErrorShape {
  code: ErrorCode;
  /** English text, for logs and the CLI. The UI translates `details.messageKey` when present. */
  message: string;
  details?: ErrorDetails;
}

export interface ErrorDetails {
  /** i18n key as `namespace:path` (e.g. `imports:errors.notADate`; no namespace means `errors`), with `params` for interpolation. */
  messageKey?: string;
  params?: Record<string, string | number>;
  file?: string;
  line?: number;
  column?: string;
  issues?: { path: string; message: string }[];
  [key: string]: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** An error the core raises on purpose: it crosses every boundary as `{ code, message, details }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): ApiErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}
