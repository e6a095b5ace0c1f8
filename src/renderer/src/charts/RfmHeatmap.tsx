import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RfmCell, RfmGrid } from '../../../shared/domain/lifecycle.ts';
import { useFormat } from '../i18n/format.ts';
import { EChart } from './EChart.tsx';

/** The 5 x 5 grid of recency and frequency scores, sized by customers, each square named by its group. */
export function RfmHeatmap({ grid, currency, onCell }: { grid: RfmGrid; currency: string | null; onCell(cell: RfmCell): void }) {
  const { t } = useTranslation(['app', 'lifecycle']);
  const format = useFormat();
  const max = Math.max(1, ...grid.cells.map((cell) => cell.customers));
  const option = useMemo(
    () => ({
      tooltip: {
        formatter: (p: { data: { cell: RfmCell } }) =>
          `${t(`lifecycle:segment.${p.data.cell.segment}`)}<br/>R ${p.data.cell.r} · F ${p.data.cell.f}<br/>${t('campaigns.people', { count: p.data.cell.customers })} · ${format.money(p.data.cell.netValue, currency)}`,
      },
      grid: { left: 72, right: 16, top: 8, bottom: 56 },
      xAxis: { type: 'category', data: ['1', '2', '3', '4', '5'], name: t('journeys.frequencyAxis'), nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'category', data: ['1', '2', '3', '4', '5'], name: t('journeys.recencyAxis'), nameLocation: 'middle', nameGap: 40 },
      visualMap: { min: 0, max, show: false, inRange: { color: ['#f1f3f5', '#a5d8ff', '#4dabf7', '#1c7ed6', '#1864ab'] } },
      series: [
        {
          type: 'heatmap',
          cursor: 'pointer',
          data: grid.cells.map((cell) => ({ value: [cell.f - 1, cell.r - 1, cell.customers], cell })),
          label: { show: true, fontSize: 11, lineHeight: 15, formatter: (p: { data: { cell: RfmCell } }) => `${t(`lifecycle:segment.${p.data.cell.segment}`)}\n${format.number(p.data.cell.customers)}` },
          emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
        },
      ],
    }),
    [grid, max, currency, t, format],
  );
  const largest = [...grid.segments].sort((a, b) => b.customers - a.customers)[0];
  const summary = largest ? t('journeys.rfmSummary', { segment: t(`lifecycle:segment.${largest.segment}`), count: largest.customers }) : '';
  const table = { columns: [t('journeys.segmentCol'), t('journeys.customersCol'), t('journeys.valueCol')], rows: grid.segments.map((s) => [t(`lifecycle:segment.${s.segment}`), format.number(s.customers), format.money(s.netValue, currency)]) };
  return <EChart option={option} title={t('journeys.rfmTitle')} summary={summary} table={table} height={420} testId="rfm-heatmap" onClick={(params) => onCell((params.data as { cell: RfmCell }).cell)} />;
}
