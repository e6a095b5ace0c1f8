import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../../shared/domain/lifecycle.ts';
import { useFormat } from '../i18n/format.ts';
import { EChart } from './EChart.tsx';

export interface ThresholdMark {
  label: string;
  days: number;
  color: string;
}

/** Days until the next purchase as a histogram, with the stage thresholds drawn as vertical lines. */
export function TimingHistogram({ title, distribution, marks }: { title: string; distribution: Distribution; marks: ThresholdMark[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const size = distribution.bucketDays;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => format.number(value) },
      grid: { left: 56, right: 24, top: 32, bottom: 44 },
      xAxis: { type: 'category', data: distribution.histogram.map((_, i) => format.number(i * size)), name: t('journeys.days'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', name: t('journeys.customersAxis'), axisLabel: { formatter: (value: number) => format.compact(value) } },
      series: [
        {
          type: 'bar',
          barCategoryGap: '8%',
          itemStyle: { color: '#4dabf7' },
          data: distribution.histogram,
          markLine: {
            symbol: 'none',
            silent: true,
            data: marks
              .filter((mark) => mark.days / size < distribution.histogram.length)
              .map((mark) => ({ xAxis: Math.floor(mark.days / size), lineStyle: { color: mark.color, width: 2, type: 'dashed' }, label: { formatter: `${mark.label}: ${format.number(mark.days)}`, color: mark.color, position: 'insideEndTop' } })),
          },
        },
      ],
    }),
    [distribution, marks, size, t, format],
  );
  const summary = distribution.median === null ? '' : t('journeys.timingSummary', { median: format.number(distribution.median), p75: format.number(distribution.p75 ?? distribution.median) });
  const table = { columns: [t('journeys.days'), t('journeys.customersAxis')], rows: distribution.histogram.map((count, i) => [`${format.number(i * size)}–${format.number((i + 1) * size - 1)}`, format.number(count)]) };
  return <EChart option={option} title={title} summary={summary} table={table} height={280} testId="timing-histogram" />;
}
