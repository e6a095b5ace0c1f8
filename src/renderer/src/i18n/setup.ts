import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/api/schemas.ts';
import { appLanguages } from './languages.ts';
import { namespaces, resourcesFor } from '../../../shared/i18n/index.ts';

/** One i18next instance holding every namespace in all four languages (they are small and bundled). */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...appLanguages],
    ns: namespaces,
    defaultNS: 'app',
    resources: Object.fromEntries(appLanguages.map((lang) => [lang, resourcesFor(lang)])) as Resource,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
