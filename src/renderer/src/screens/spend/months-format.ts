import { useMemo } from 'react';
import { useFormat } from '../../i18n/format.ts';

/** A number of months as words in the chosen locale ("3 months", "3 个月", "3 месяца"), plural rules from Intl. */
export function useMonthsFormat(): (months: number) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'long' });
    return (months) => format.format(months);
  }, [locale]);
}
