import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type StageTransitions } from '../../../shared/domain/lifecycle.ts';
import { useFormat } from '../i18n/format.ts';
import { stageColor } from '../theme/stage-colors.ts';
import { usePreferences } from '../preferences/PreferencesProvider.tsx';
import { EChart } from './EChart.tsx';

const ENTERED_COLOR = '#adb5bd';

/** Stage on the first date (left) to stage on the second date (right), one band per group of customers. */
export function TransitionsSankey({ transitions }: { transitions: StageTransitions }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { colorScheme } = usePreferences();
  const text = colorScheme === 'dark' ? '#e9ecef' : '#212529';
  const halo = colorScheme === 'dark' ? '#242424' : '#ffffff';
  const model = useMemo(() => {
    const start = (i: number) => t('journeys.atStart', { stage: t(`stages.${STAGES[i]}`) });
    const end = (j: number) => t('journeys.atEnd', { stage: t(`stages.${STAGES[j]}`) });
    const entered = t('journeys.enteredLabel');
    const links: { source: string; target: string; value: number; from: string; to: string }[] = [];
    transitions.matrix.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value > 0) links.push({ source: start(i), target: end(j), value, from: t(`stages.${STAGES[i]}`), to: t(`stages.${STAGES[j]}`) });
      }),
    );
    STAGES.forEach((stage, j) => {
      const value = transitions.entered[stage];
      if (value > 0) links.push({ source: entered, target: end(j), value, from: entered, to: t(`stages.${stage}`) });
    });
    const used = new Set(links.flatMap((link) => [link.source, link.target]));
    const nodes = [
      ...STAGES.map((stage, i) => ({ name: start(i), itemStyle: { color: stageColor(stage) }, depth: 0 })),
      { name: entered, itemStyle: { color: ENTERED_COLOR }, depth: 0 },
      ...STAGES.map((stage, j) => ({ name: end(j), itemStyle: { color: stageColor(stage) }, depth: 1 })),
    ].filter((node) => used.has(node.name));
    return { nodes, links };
  }, [transitions, t]);

  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: (p: { dataType: string; data: { from?: string; to?: string; value?: number }; name: string; value: number }) => (p.dataType === 'edge' ? `${p.data.from} → ${p.data.to}: ${format.number(p.data.value ?? 0)}` : `${p.name}: ${format.number(p.value)}`) },
      series: [
        {
          type: 'sankey',
          left: 8,
          right: 150,
          top: 8,
          bottom: 8,
          nodeGap: 10,
          nodeAlign: 'justify',
          layoutIterations: 0,
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
          label: { color: text, textBorderColor: halo, textBorderWidth: 3, formatter: (p: { name: string; value: number }) => `${p.name}  ${format.number(p.value)}` },
          data: model.nodes,
          links: model.links,
        },
      ],
    }),
    [model, format, text, halo],
  );
  const moved = transitions.matrix.reduce((sum, row, i) => sum + row.reduce((s, v, j) => s + (i === j ? 0 : v), 0), 0);
  const enteredTotal = STAGES.reduce((sum, stage) => sum + transitions.entered[stage], 0);
  const summary = `${t('journeys.flowMoved', { from: format.date(transitions.from), to: format.date(transitions.to), moved: format.number(moved), count: transitions.populationFrom })} ${t('journeys.flowEntered', { count: enteredTotal })}`;
  const table = { columns: [t('journeys.from'), t('journeys.to'), t('journeys.customersCol')], rows: model.links.map((link) => [link.from, link.to, format.number(link.value)]) };
  return <EChart option={option} title={t('journeys.flowTitle')} summary={summary} table={table} height={420} testId="transitions-sankey" />;
}
