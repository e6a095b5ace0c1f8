import type { TFunction } from 'i18next';
import type { DashboardKpis, KpisSinceImport } from '../../../../shared/api/lifecycle.ts';
import type { KpiChange } from '../../components/KpiCard.tsx';
import type { Formatters } from '../../i18n/format.ts';

export type KpiChanges = Record<'customers' | 'repeatRate' | 'netSales' | 'averageClv' | 'activeVsLapsed', KpiChange>;

const direction = (delta: number): KpiChange['direction'] => (delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat');
/** A formatted change with its sign: "+12", "−3", "0". */
const signed = (delta: number, text: string) => (delta > 0 ? `+${text}` : text);

/** The "+/− since the last import" line of each dashboard card; null before a second import. */
export function kpiChanges(since: KpisSinceImport, t: TFunction, format: Formatters, currency: string | null): KpiChanges | null {
  const { current, previous, previousDay } = since;
  if (!previous || !previousDay) return null;
  const title = t('dashboard.sinceImportHelp', { date: format.date(previousDay) });
  const change = (delta: number, text: string): KpiChange => ({ text: t('dashboard.sinceImport', { change: signed(delta, text) }), direction: direction(delta), title });
  const count = (key: keyof DashboardKpis) => {
    const delta = (current[key] ?? 0) - (previous[key] ?? 0);
    return change(delta, format.number(delta));
  };
  const money = (key: 'netSales' | 'averageClv') => {
    const delta = Math.round((current[key] - previous[key]) * 100) / 100 || 0;
    return change(delta, format.money(delta, currency));
  };
  // Rounded to what is shown (0.1 percentage points), so a tiny change reads "0%", not "-0%" (`|| 0` drops the minus of -0).
  const rate = current.repeatRate !== null && previous.repeatRate !== null ? Math.round((current.repeatRate - previous.repeatRate) * 1000) / 1000 || 0 : 0;
  const active = current.active - previous.active;
  const lapsed = current.lapsed - previous.lapsed;
  return {
    customers: count('customers'),
    repeatRate: change(rate, format.percent(rate, 1)),
    netSales: money('netSales'),
    averageClv: money('averageClv'),
    activeVsLapsed: {
      text: t('dashboard.sinceImportPair', { active: signed(active, format.number(active)), lapsed: signed(lapsed, format.number(lapsed)) }),
      direction: direction(active - lapsed),
      title,
    },
  };
}
