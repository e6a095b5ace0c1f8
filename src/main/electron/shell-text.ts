import i18next from 'i18next';
import type { Language } from '../../shared/api/schemas.ts';
import { catalogs, languageForLocale } from '../../shared/i18n/index.ts';
import type { shell } from '../../shared/i18n/shell.ts';

type Leaves<T, Prefix extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`> }[keyof T & string];

/** A key of the `shell` catalog, such as `menu.import`. */
export type ShellKey = Leaves<typeof shell.en>;
export type ShellText = (key: ShellKey, params?: Record<string, string | number>) => string;
export type ErrorText = (key: string, params?: Record<string, string | number>) => string | null;

/** The shell's language: the one the user picked in the app, else the operating system's. */
export function shellLanguage(preferred: Language | null | undefined, osLocale: string): Language {
  return preferred ?? languageForLocale(osLocale);
}

/** Translators over the `shell` and `errors` catalogs in one language (menus are native, so the main process translates them). */
export function createShellText(lang: Language): { t: ShellText; errorText: ErrorText } {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: lang,
    fallbackLng: 'en',
    ns: ['shell', 'errors'],
    defaultNS: 'shell',
    resources: Object.fromEntries((['en', lang] as const).map((l) => [l, { shell: catalogs.shell[l], errors: catalogs.errors[l] }])),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return {
    t: (key, params) => i18n.t(key, { ns: 'shell', ...params }),
    errorText: (key, params) => (i18n.exists(key, { ns: 'errors' }) ? i18n.t(key, { ns: 'errors', ...params }) : null),
  };
}
