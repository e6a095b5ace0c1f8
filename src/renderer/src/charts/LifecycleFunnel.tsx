import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelPeriod } from '../../../shared/domain/funnel.ts';
import { useFormat } from '../i18n/format.ts';
import { usePreferences } from '../preferences/PreferencesProvider.tsx';
import { stageColor } from '../theme/stage-colors.ts';
import { EChart } from './EChart.tsx';

/** The stages of the funnel chart, top to bottom, and the colour of the lifecycle stage each leads into. */
const STEPS = [
  { figure: 'sessions', color: '#74c0fc' },
  { figure: 'newProspects', color: stageColor('prospect') },
  { figure: 'firstPurchases', color: stageColor('new') },
  { figure: 'secondPurchases', color: stageColor('repeat') },
  { figure: 'newLoyal', color: stageColor('loyal') },
  { figure: 'wonBack', color: stageColor('reactivated') },
] as const;

/**
 * How many people reached each stage over the selected months, widest at the top. Sessions are left out
 * when the traffic reports do not cover the months. Widths follow the counts' logarithm, so a funnel of
 * 30,000 sessions and 40 loyal customers still shows every stage.
 */
export function LifecycleFunnel({ period }: { period: FunnelPeriod }) {
  const { t } = useTranslation('funnel');
  const format = useFormat();
  const { colorScheme } = usePreferences();
  const steps = STEPS.filter((step) => step.figure !== 'sessions' || period.sessions !== null);
  const data = steps.map((step) => ({ name: t(`figures.${step.figure}`), count: period[step.figure] ?? 0, itemStyle: { color: step.color } }));
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: (p: { name: string; data: { count: number } }) => `${p.name}: ${format.number(p.data.count)}` },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          right: '10%',
          top: 8,
          bottom: 8,
          min: 0,
          max: Math.max(1, ...data.map((d) => Math.log10(d.count + 1))),
          minSize: '8%',
          gap: 2,
          label: { position: 'inside', color: colorScheme === 'dark' ? '#f8f9fa' : '#212529', formatter: (p: { name: string; data: { count: number } }) => `${p.name}: ${format.number(p.data.count)}` },
          data: data.map((d) => ({ ...d, value: Math.log10(d.count + 1) })),
        },
      ],
    }),
    [data, format, colorScheme],
  );
  const summary = t('chartSummary', { stages: data.map((d) => `${d.name} ${format.number(d.count)}`).join(', ') });
  const table = { columns: [t('stage'), t('period')], rows: data.map((d) => [d.name, format.number(d.count)]) };
  return <EChart option={option} title={t('chartTitle')} summary={summary} table={table} height={360} testId="funnel-chart" />;
}
