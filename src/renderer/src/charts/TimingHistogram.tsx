import { useMemo } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../../shared/domain/lifecycle.ts';
import { useFormat } from '../i18n/format.ts';
import { EChart } from './EChart.tsx';

export interface ThresholdMark {
  label: string;
  days: number;
  color: string;
}

/** One line per histogram bucket: thresholds that fall into the same bucket share a line and a label. */
function mergedMarks(marks: ThresholdMark[], size: number, buckets: number): { bucket: number; days: number; color: string; labels: string[] }[] {
  const byBucket = new Map<number, { bucket: number; days: number; color: string; labels: string[] }>();
  for (const mark of marks) {
    const bucket = Math.floor(mark.days / size);
    if (bucket >= buckets) continue;
    const existing = byBucket.get(bucket);
    if (existing) existing.labels.push(mark.label);
    else byBucket.set(bucket, { bucket, days: mark.days, color: mark.color, labels: [mark.label] });
  }
  return [...byBucket.values()];
}

/** Days until the next purchase as a histogram, with the stage thresholds drawn as vertical lines. */
export function TimingHistogram({ title, kind, distribution, marks }: { title: string; kind: 'first' | 'later'; distribution: Distribution; marks: ThresholdMark[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const size = distribution.bucketDays;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => format.number(value) },
      grid: { left: 56, right: 24, top: 40, bottom: 44 },
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
            data: mergedMarks(marks, size, distribution.histogram.length).map((mark) => ({
              xAxis: mark.bucket,
              lineStyle: { color: mark.color, width: 2, type: 'dashed' },
              label: { formatter: format.number(mark.days), color: mark.color, position: 'end' },
            })),
          },
        },
      ],
    }),
    [distribution, marks, size, t, format],
  );
  const median = format.number(distribution.median ?? 0);
  const p75 = format.number(distribution.p75 ?? distribution.median ?? 0);
  const summary =
    distribution.count === 0
      ? t(kind === 'first' ? 'journeys.timingEmpty' : 'journeys.gapsEmpty')
      : kind === 'first'
        ? `${t('journeys.timingSummary', { count: distribution.count, median, p75 })} ${t('journeys.timingCensored')}`
        : t('journeys.gapsSummary', { count: distribution.count, median, p75 });
  const table = { columns: [t('journeys.days'), t('journeys.customersAxis')], rows: distribution.histogram.map((count, i) => [`${format.number(i * size)}–${format.number((i + 1) * size - 1)}`, format.number(count)]) };
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Group gap="md">
        {marks.map((mark) => (
          <Text key={mark.label} size="xs" style={{ borderLeft: `3px dashed ${mark.color}`, paddingLeft: 6 }}>
            {mark.label}: {format.number(mark.days)}
          </Text>
        ))}
      </Group>
      <EChart option={option} title={title} summary={summary} table={table} height={280} testId="timing-histogram" />
    </Stack>
  );
}
