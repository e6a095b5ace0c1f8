import type { TFunction } from 'i18next';
import type { RfmMethod } from '../../../shared/domain/lifecycle.ts';
import type { Formatters } from './format.ts';

/** Why a shop has no RFM segments yet, in the user's language; null when the segments are named. */
export function rfmWithheldText(t: TFunction, method: RfmMethod): string | null {
  if (method.withheld === 'young') return t('journeys.rfmMethod.young', { count: method.historyDays, window: method.windowDays });
  if (method.withheld === 'noRepeat') return t('journeys.rfmMethod.noRepeat');
  if (method.withheld === 'noBuyers') return t('journeys.rfmMethod.noBuyers');
  return null;
}

/** "1 = 1, 2 = 2–3, 5 = 6 or more": each frequency score with the purchase counts it holds. */
export function frequencyGroups(t: TFunction, format: Formatters, from: (number | null)[]): string {
  return from
    .map((start, k) => {
      const score = k + 1;
      if (start === null) return t('journeys.rfmMethod.unused', { score });
      const next = from.slice(k + 1).find((value) => value !== null);
      if (next === undefined || next === null) return t('journeys.rfmMethod.orMore', { score, from: format.number(start) });
      if (next - 1 === start) return t('journeys.rfmMethod.exactly', { score, value: format.number(start) });
      return t('journeys.rfmMethod.range', { score, from: format.number(start), to: format.number(next - 1) });
    })
    .join(', ');
}

/** "1 = from $0, 2 = from $60, …": each spend score with the lowest net spend it holds. */
export function monetaryGroups(t: TFunction, format: Formatters, from: (number | null)[], currency: string | null): string {
  return from.map((start, k) => (start === null ? t('journeys.rfmMethod.unused', { score: k + 1 }) : t('journeys.rfmMethod.moneyFrom', { score: k + 1, from: format.money(start, currency) }))).join(', ');
}
