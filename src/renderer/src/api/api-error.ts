import type { ApiErrorShape, ErrorCode, ErrorDetails } from '../../../shared/api/envelope.ts';

/** A failed request, as the renderer sees it: the core's code and details, and a message in the user's language. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;
  /** The core's English text, kept for logs. */
  readonly englishMessage: string;

  constructor(shape: ApiErrorShape, translatedMessage: string) {
    super(translatedMessage);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
    this.englishMessage = shape.message;
  }
}
