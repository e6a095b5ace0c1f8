import type { i18n as I18n } from 'i18next';

/**
 * Text for a key that comes from data (a warning code, a job phase, a key another area owns):
 * its translation when some catalog has it, otherwise the given fallback (usually the core's English text).
 */
export function translateOr(i18n: I18n, key: string, fallback: string, params: Record<string, unknown> = {}): string {
  // With the parameters, so a plural text (`key_one`, `key_other`) is found by its `count`.
  if (!i18n.exists(key, params)) return fallback;
  return (i18n.t as unknown as (key: string, options: Record<string, unknown>) => string)(key, params);
}
