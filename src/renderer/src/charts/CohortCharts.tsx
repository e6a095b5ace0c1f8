import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortRow, Cohorts } from '../../../shared/domain/lifecycle.ts';
import { useFormat, type Formatters } from '../i18n/format.ts';
import { EChart } from './EChart.tsx';

const MAX_MONTHS = 12;
const MAX_COHORTS = 18;

function cohortName(row: CohortRow, cohorts: Cohorts, format: Formatters, none: string): string {
  if (row.key === null) return none;
  return cohorts.dimension === 'month' ? format.month(row.key) : row.key;
}

/** The cohorts shown: the most recent months, or the largest groups for the other dimensions. */
function shownRows(cohorts: Cohorts): CohortRow[] {
  if (cohorts.dimension === 'month') return cohorts.rows.slice(-MAX_COHORTS);
  return [...cohorts.rows].sort((a, b) => b.customers - a.customers).slice(0, MAX_COHORTS);
}

/** Share of each cohort buying again k months after their first month, as a heatmap. */
export function RetentionHeatmap({ cohorts }: { cohorts: Cohorts }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(() => shownRows(cohorts), [cohorts]);
  const names = rows.map((row) => `${cohortName(row, cohorts, format, t('journeys.none'))} (${format.number(row.customers)})`);
  const months = Array.from({ length: MAX_MONTHS }, (_, k) => k + 1);
  const option = useMemo(
    () => ({
      tooltip: { formatter: (p: { value: [number, number, number | null] }) => `${names[p.value[1]]}: ${t('journeys.monthsLater')} ${p.value[0] + 1} → ${p.value[2] === null ? '—' : format.percent(p.value[2])}` },
      grid: { left: 150, right: 24, top: 8, bottom: 56 },
      xAxis: { type: 'category', data: months.map(String), name: t('journeys.monthsLater'), nameLocation: 'middle', nameGap: 28, splitArea: { show: true } },
      yAxis: { type: 'category', data: names, inverse: true, splitArea: { show: true } },
      visualMap: { min: 0, max: Math.max(0.05, ...rows.flatMap((row) => row.retention.slice(1, MAX_MONTHS + 1))), calculable: false, orient: 'horizontal', left: 'center', bottom: 0, show: false, inRange: { color: ['#e6fcf5', '#63e6be', '#0ca678', '#087f5b'] } },
      series: [
        {
          type: 'heatmap',
          data: rows.flatMap((row, y) => months.map((k, x) => [x, y, row.retention[k] ?? null])).filter((cell) => cell[2] !== null),
          label: { show: true, fontSize: 10, formatter: (p: { value: [number, number, number] }) => format.percent(p.value[2], 0) },
        },
      ],
    }),
    [rows, names, months, t, format],
  );
  const month1 = rows.filter((row) => row.retention.length > 1);
  const mean = month1.length ? month1.reduce((sum, row) => sum + (row.retention[1] ?? 0), 0) / month1.length : 0;
  const table = { columns: [t('journeys.cohortLabel'), ...months.map(String)], rows: rows.map((row, i) => [names[i], ...months.map((k) => (row.retention[k] === undefined ? '—' : format.percent(row.retention[k])))]) };
  return (
    <EChart option={option} title={t('journeys.cohortTitle')} summary={t('journeys.retentionSummary', { count: rows.length, month1: format.percent(mean) })} table={table} height={Math.max(240, 28 * rows.length + 80)} testId="retention-heatmap" />
  );
}

/** Cumulative net revenue per customer by months since the first purchase, one line per cohort. */
export function LtvCurves({ cohorts, currency }: { cohorts: Cohorts; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(() => shownRows(cohorts).slice(-8), [cohorts]);
  const longest = Math.min(24, Math.max(0, ...rows.map((row) => row.cumulativeNetPerCustomer.length)));
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => format.money(value, currency) },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 64, right: 16, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: Array.from({ length: longest }, (_, k) => String(k)), name: t('journeys.monthsLater'), nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => format.money(value, currency, true) } },
      series: rows.map((row) => ({ type: 'line', name: cohortName(row, cohorts, format, t('journeys.none')), symbol: 'none', smooth: true, data: row.cumulativeNetPerCustomer.slice(0, longest) })),
    }),
    [rows, longest, cohorts, currency, t, format],
  );
  const finals = rows.map((row) => row.cumulativeNetPerCustomer[Math.min(longest, row.cumulativeNetPerCustomer.length) - 1] ?? 0);
  const best = finals.length ? Math.max(...finals) : 0;
  const table = { columns: [t('journeys.cohortLabel'), ...Array.from({ length: longest }, (_, k) => String(k))], rows: rows.map((row) => [cohortName(row, cohorts, format, t('journeys.none')), ...row.cumulativeNetPerCustomer.slice(0, longest).map((v) => format.money(v, currency))]) };
  return <EChart option={option} title={t('journeys.ltvTitle')} summary={t('journeys.ltvSummary', { count: Math.max(0, longest - 1), best: format.money(best, currency) })} table={table} height={320} testId="ltv-curves" />;
}
