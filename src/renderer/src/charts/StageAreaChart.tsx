import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type StageCountPoint } from '../../../shared/domain/lifecycle.ts';
import { useFormat } from '../i18n/format.ts';
import { stageColor } from '../theme/stage-colors.ts';
import { EChart } from './EChart.tsx';

/** How many customers were in each stage over time, stacked, one colour per stage. */
export function StageAreaChart({ points }: { points: StageCountPoint[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => format.number(value) },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 56, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => format.date(p.day)) },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => format.compact(value) } },
      series: STAGES.map((stage) => ({
        name: t(`stages.${stage}`),
        type: 'line',
        stack: 'stages',
        areaStyle: { opacity: 0.85 },
        symbol: 'none',
        lineStyle: { width: 0 },
        color: stageColor(stage),
        data: points.map((p) => p.counts[stage]),
      })),
    }),
    [points, t, format],
  );
  const last = points.at(-1);
  const summary = last
    ? t('dashboard.overTimeSummary', { date: format.date(last.day), counts: STAGES.map((stage) => `${t(`stages.${stage}`)} ${format.number(last.counts[stage])}`).join(', ') })
    : '';
  const table = { columns: [t('dashboard.periodEnd'), ...STAGES.map((stage) => t(`stages.${stage}`))], rows: points.map((p) => [format.date(p.day), ...STAGES.map((stage) => format.number(p.counts[stage]))]) };
  return <EChart option={option} title={t('dashboard.overTime')} summary={summary} table={table} height={300} testId="stage-area-chart" />;
}
