import type { i18n as I18n } from 'i18next';
import type { RequestInput, RequestName, RequestResult } from '../../../shared/api/index.ts';
import type { ApiErrorShape } from '../../../shared/api/envelope.ts';
import { ApiError } from './api-error.ts';
import { bridge } from './bridge.ts';
import { translateOr } from '../i18n/translate-or.ts';

/** The user's text for a core error: its `details.messageKey` translated when the catalog has it, else the English message. */
export function translateError(i18n: I18n, shape: ApiErrorShape): string {
  const key = shape.details?.messageKey;
  if (key) {
    const qualified = key.includes(':') ? key : `errors:${key}`;
    if (i18n.exists(qualified)) return translateOr(i18n, qualified, shape.message, shape.details?.params);
  }
  if (shape.code === 'invalid_input' && shape.details?.issues?.length) {
    const detail = shape.details.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return i18n.t('errors:invalidInput', { detail });
  }
  return shape.message;
}

export interface ApiClient {
  request<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestResult<N>>;
}

/** The typed client over `window.regulars`: unwraps envelopes, throws `ApiError` with a translated message. */
export function createApiClient(i18n: I18n): ApiClient {
  return {
    async request(name, input) {
      const envelope = await bridge().request(name, input);
      if (envelope.ok) return envelope.value as never;
      throw new ApiError(envelope.error, translateError(i18n, envelope.error));
    },
  };
}
