import { describe, expect, it } from 'vitest';
import i18next, { type Resource } from 'i18next';
import { catalogs, namespaces, resourcesFor } from '../../../src/shared/i18n/index.ts';
import type { Catalog } from '../../../src/shared/i18n/define.ts';

const LANGUAGES = ['en', 'zh', 'vi', 'ru'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

const params = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]));

describe('translation catalogs', () => {
  it('write every count as an i18next plural, its number formatted for the language', () => {
    const wrong: string[] = [];
    for (const ns of namespaces) {
      for (const lang of LANGUAGES) {
        for (const [key, text] of leaves(catalogs[ns][lang] as Catalog)) {
          if (params(text).has('count') && !PLURAL.test(key)) wrong.push(`${ns}:${lang}:${key} has {{count}} but is not a plural form`);
          if (PLURAL.test(key) && /\{\{count\}\}/.test(text)) wrong.push(`${ns}:${lang}:${key} shows an unformatted count: use {{count, number}}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('give every translation only the placeholders its English text has', () => {
    const wrong: string[] = [];
    for (const ns of namespaces) {
      const english = new Map<string, Set<string>>();
      for (const [key, text] of leaves(catalogs[ns].en as Catalog)) {
        const base = key.replace(PLURAL, '');
        english.set(base, new Set([...(english.get(base) ?? []), ...params(text)]));
      }
      for (const lang of LANGUAGES) {
        for (const [key, text] of leaves(catalogs[ns][lang] as Catalog)) {
          const allowed = english.get(key.replace(PLURAL, '')) ?? new Set<string>();
          for (const param of params(text)) if (!allowed.has(param)) wrong.push(`${ns}:${lang}:${key} uses {{${param}}}, which the English text does not`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('choose the plural form each language needs (1 person, 2 people; Russian 1, 2-4, 5-20, 21; one form in Chinese and Vietnamese)', async () => {
    const say = async (lang: (typeof LANGUAGES)[number], count: number) => {
      const i18n = i18next.createInstance();
      await i18n.init({ lng: lang, ns: namespaces, defaultNS: 'app', resources: { [lang]: resourcesFor(lang) } as Resource, interpolation: { escapeValue: false } });
      return i18n.t('campaigns.people', { count });
    };
    expect([await say('en', 1), await say('en', 2), await say('en', 1021)]).toEqual(['1 person', '2 people', '1,021 people']);
    expect(await say('zh', 1)).toBe('1 人');
    expect(await say('vi', 2)).toBe('2 người');
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'ru', ns: namespaces, defaultNS: 'app', resources: { ru: resourcesFor('ru') } as Resource, interpolation: { escapeValue: false } });
    expect([1, 3, 5, 21].map((count) => i18n.t('settings.unitPurchases', { count }))).toEqual(['покупка', 'покупки', 'покупок', 'покупка']);
  });
});
