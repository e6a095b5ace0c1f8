import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevenueMixRow } from '../../../../shared/domain/economics.ts';
import { EChart } from '../../charts/EChart.tsx';
import { useFormat } from '../../i18n/format.ts';

const NEW_COLOR = '#74c0fc';
const RETURNING_COLOR = '#0ca678';
const SHARE_COLOR = '#f08c00';

/** Revenue per month as stacked bars (first orders, returning customers) with the returning share as a line. */
export function RevenueMixChart({ rows, currency }: { rows: RevenueMixRow[]; currency: string | null }) {
  const { t } = useTranslation('economics');
  const format = useFormat();
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: number | null) => (value === null ? '—' : format.money(value, currency)),
      },
      legend: { top: 0 },
      grid: { left: 64, right: 56, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((row) => format.month(row.month)) },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (value: number) => format.money(value, currency, true) } },
        { type: 'value', min: 0, max: 1, name: t('chart.shareAxis'), splitLine: { show: false }, axisLabel: { formatter: (value: number) => format.percent(value, 0) } },
      ],
      series: [
        { name: t('columns.newRevenue'), type: 'bar', stack: 'revenue', color: NEW_COLOR, barMaxWidth: 36, data: rows.map((row) => row.newRevenue) },
        { name: t('columns.returningRevenue'), type: 'bar', stack: 'revenue', color: RETURNING_COLOR, barMaxWidth: 36, data: rows.map((row) => row.returningRevenue) },
        {
          name: t('columns.returningShare'),
          type: 'line',
          yAxisIndex: 1,
          color: SHARE_COLOR,
          symbolSize: 6,
          smooth: false,
          tooltip: { valueFormatter: (value: number | null) => (value === null ? '—' : format.percent(value)) },
          data: rows.map((row) => row.returningShare),
        },
      ],
    }),
    [rows, currency, t, format],
  );
  const last = rows.findLast((row) => row.returningShare !== null);
  const summary = last && last.returningShare !== null ? t('chart.summary', { month: format.month(last.month), share: format.percent(last.returningShare) }) : '';
  const table = {
    columns: [t('columns.month'), t('columns.newRevenue'), t('columns.returningRevenue'), t('columns.returningShare'), t('columns.repeatRate')],
    rows: rows.map((row) => [
      format.month(row.month),
      format.money(row.newRevenue, currency),
      format.money(row.returningRevenue, currency),
      row.returningShare === null ? '—' : format.percent(row.returningShare),
      row.repeatPurchaseRate === null ? '—' : format.percent(row.repeatPurchaseRate),
    ]),
  };
  return <EChart option={option} title={t('chart.title')} summary={summary} table={table} height={320} testId="revenue-mix-chart" />;
}
