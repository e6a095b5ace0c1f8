import type { Language } from '../api/schemas.ts';
import { errors } from './errors.ts';
import { imports } from './imports.ts';
import { campaigns } from './campaigns.ts';
import { economics } from './economics.ts';
import { shell } from './shell.ts';
import { app } from './app.ts';
import { model } from './model.ts';
import { lifecycle } from './lifecycle.ts';
import { presets } from './presets.ts';
import { segments } from './segments.ts';
import { funnel } from './funnel.ts';

/** Every namespace of user-visible text. Each area of the app owns one file here. */
export const catalogs = {
  errors,
  imports,
  campaigns,
  economics,
  shell,
  app,
  model,
  lifecycle,
  presets,
  segments,
  funnel,
};

export type Namespace = keyof typeof catalogs;
export const namespaces = Object.keys(catalogs) as Namespace[];

/** i18next resources for one language: `{ [namespace]: catalog }`. */
export function resourcesFor(lang: Language): Record<Namespace, unknown> {
  return Object.fromEntries(namespaces.map((ns) => [ns, catalogs[ns][lang]])) as Record<Namespace, unknown>;
}

/** Native names, shown in the language switcher. */
export const languageNames: Record<Language, string> = { en: 'English', zh: '简体中文', vi: 'Tiếng Việt', ru: 'Русский' };

/** BCP 47 tags for Intl formatting. */
export const localeTags: Record<Language, string> = { en: 'en', zh: 'zh-CN', vi: 'vi-VN', ru: 'ru-RU' };

/** Picks the app language for an OS locale such as `zh-Hans-CN`, `vi`, `ru-RU`; English otherwise. */
export function languageForLocale(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'zh' || base === 'vi' || base === 'ru' ? base : 'en';
}
