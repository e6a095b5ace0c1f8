import { callingCodes } from './calling-codes.ts';

const NAME_LANGUAGES = ['en', 'zh', 'vi', 'ru'] as const;

/** Common spellings that the region names of `Intl.DisplayNames` do not cover. */
const ALIASES: Record<string, string> = {
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  'united states of america': 'US',
  uk: 'GB',
  'u.k.': 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'viet nam': 'VN',
  'russian federation': 'RU',
  'korea, republic of': 'KR',
  'republic of korea': 'KR',
  'czech republic': 'CZ',
  holland: 'NL',
  'the netherlands': 'NL',
  "people's republic of china": 'CN',
  'hong kong sar china': 'HK',
};

function normaliseName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>(Object.entries(ALIASES));
  for (const language of NAME_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of callingCodes.keys()) {
      const name = names.of(code);
      if (name) index.set(normaliseName(name), code);
    }
  }
  return index;
}

let nameIndex: Map<string, string> | null = null;

/**
 * The ISO 3166-1 alpha-2 code for a country as the shop's exports wrote it: a code (`us`, `GB`) or a
 * name in English, Chinese, Vietnamese or Russian (`United States`, `Việt Nam`, `Россия`). Null when unknown.
 */
export function toIso2(country: string | null | undefined): string | null {
  if (!country) return null;
  const trimmed = country.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return callingCodes.has(code) ? code : null;
  }
  nameIndex ??= buildNameIndex();
  return nameIndex.get(normaliseName(trimmed)) ?? null;
}
