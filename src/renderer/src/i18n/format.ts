import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyDisplay, Language } from '../../../shared/api/schemas.ts';
import { useCurrencyDisplay } from './currency-display.ts';
import { isLanguage } from './languages.ts';
import { localeTags } from '../../../shared/i18n/index.ts';

export interface Formatters {
  locale: string;
  number(value: number, maximumFractionDigits?: number): string;
  /** `ratio` 0..1 shown as a percentage. */
  percent(ratio: number, maximumFractionDigits?: number): string;
  /** Money in currency units; without a currency, a plain number with two decimals. */
  money(amount: number, currency: string | null | undefined, compact?: boolean): string;
  compact(value: number): string;
  /** A `YYYY-MM-DD` day or an ISO timestamp, shown as a date. */
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  /** A month `YYYY-MM` or a day, shown as month and year. */
  month(iso: string): string;
}

function asLanguage(value: string): Language {
  return isLanguage(value) ? value : 'en';
}

function toDate(iso: string): Date {
  return /^\d{4}-\d{2}(-\d{2})?$/.test(iso) ? new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00`) : new Date(iso);
}

/**
 * Intl formatters for the language the user chose; every number, amount and date on screen goes
 * through these. `currencyDisplay` is the user's choice of `€12.00`, `EUR 12.00` or `12.00 euros`.
 */
export function createFormatters(language: Language, currencyDisplay: CurrencyDisplay = 'symbol'): Formatters {
  const locale = localeTags[language];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return format;
  };
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  /** Built once per currency and notation: a long list formats thousands of amounts. */
  const moneyFormat = (currency: string | null, compact: boolean) => {
    const key = `${currency ?? ''}:${compact}`;
    let format = moneyFormats.get(key);
    if (!format) {
      format = currency
        ? new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay, notation: compact ? 'compact' : 'standard', maximumFractionDigits: compact ? 1 : 2 })
        : new Intl.NumberFormat(locale, { minimumFractionDigits: compact ? 0 : 2, maximumFractionDigits: 2, notation: compact ? 'compact' : 'standard' });
      moneyFormats.set(key, format);
    }
    return format;
  };
  const compactFormat = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const monthFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short' });
  return {
    locale,
    number: (value, digits = 0) => numberFormat(digits).format(value),
    percent: (ratio, digits = 1) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(ratio),
    money: (amount, currency, compact = false) => moneyFormat(currency ?? null, compact).format(amount),
    compact: (value) => compactFormat.format(value),
    date: (iso) => (iso ? dateFormat.format(toDate(iso)) : '—'),
    dateTime: (iso) => (iso ? dateTimeFormat.format(toDate(iso)) : '—'),
    month: (iso) => monthFormat.format(toDate(iso.slice(0, 7))),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const currencyDisplay = useCurrencyDisplay();
  return useMemo(() => createFormatters(language, currencyDisplay), [language, currencyDisplay]);
}
