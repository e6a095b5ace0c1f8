import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BacktestResult } from '../../../shared/domain/model.ts';
import { useFormat } from '../i18n/format.ts';
import { EChart } from './EChart.tsx';

/** Predicted vs actual repeat purchases in the hidden period, grouped by purchases before the cut-off. */
export function BacktestChart({ result }: { result: BacktestResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = result.rows.map((row, i) => (i === result.rows.length - 1 ? `${format.number(row.repeatPurchases)}+` : format.number(row.repeatPurchases)));
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => format.number(value, 2) },
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 40, bottom: 44 },
      xAxis: { type: 'category', data: labels, name: t('journeys.repeatPurchases'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('journeys.actual'), data: result.rows.map((row) => row.meanActual), itemStyle: { color: '#868e96' } },
        { type: 'line', name: t('journeys.predicted'), data: result.rows.map((row) => row.meanPredicted), itemStyle: { color: '#12b886' }, lineStyle: { width: 3 } },
      ],
    }),
    [result, labels, t, format],
  );
  const table = { columns: [t('journeys.repeatPurchases'), t('journeys.customersCol'), t('journeys.predicted'), t('journeys.actual')], rows: result.rows.map((row, i) => [labels[i], format.number(row.customers), format.number(row.meanPredicted, 2), format.number(row.meanActual, 2)]) };
  const summary = t('journeys.backtestSummary', { count: Math.round(result.totals.predicted), actual: format.number(result.totals.actual) });
  return <EChart option={option} title={t('journeys.backtestTitle')} summary={summary} table={table} height={300} testId="backtest-chart" />;
}
