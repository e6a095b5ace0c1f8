import type { i18n as I18n } from 'i18next';
import type { ModelSentence } from '../../../shared/domain/next-order-sentence.ts';
import type { Formatters } from './format.ts';
import { translateOr } from './translate-or.ts';

/** The next-order sentence in the user's language, with its date and percentage formatted by Intl first. */
export function modelSentence(i18n: I18n, sentence: ModelSentence, format: Formatters): string {
  const params: Record<string, string> = {};
  for (const key of ['date', 'from', 'to'] as const) {
    const day = sentence.params[key];
    if (day) params[key] = format.date(day);
  }
  if (sentence.params.percent !== undefined) params.percent = format.percent(sentence.params.percent, 0);
  return translateOr(i18n, `model:${sentence.key}`, sentence.key, params);
}
