import type { Language, Theme } from '../../../shared/api/schemas.ts';
import { languageNames } from '../../../shared/i18n/index.ts';

/**
 * The app's languages and themes as plain lists. Kept here (types only from the contract) so the
 * renderer does not bundle zod just for two constant arrays.
 */
export const appLanguages = Object.keys(languageNames) as Language[];
export const appThemes: readonly Theme[] = ['auto', 'light', 'dark'];

export function isLanguage(value: string): value is Language {
  return (appLanguages as string[]).includes(value);
}
