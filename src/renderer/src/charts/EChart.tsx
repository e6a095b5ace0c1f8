import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Box, Group, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../preferences/PreferencesProvider.tsx';
import { echarts } from './echarts-setup.ts';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export interface EChartProps {
  /** The chart's option, built with translated and Intl-formatted labels. */
  option: EChartsCoreOption;
  /** Accessible name of the chart. */
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers and as a caption. */
  summary: string;
  /** The same data as a table, offered as an alternative view. */
  table?: ChartTable;
  height?: number;
  onClick?(params: { name?: string; data?: unknown; dataIndex?: number; seriesIndex?: number; value?: unknown }): void;
  testId?: string;
  /** Shown in the header row beside the view switch. */
  controls?: ReactNode;
}

/** Draws the chart: init on a div, setOption on change, dispose on unmount, resize with its box, colours from the theme. */
function ChartCanvas({ option, title, summary, height, onClick }: Pick<EChartProps, 'option' | 'title' | 'summary' | 'height' | 'onClick'>) {
  const { colorScheme } = usePreferences();
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const instance = echarts.init(element, colorScheme === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    instance.on('click', (params) => clickHandler.current?.(params as Parameters<NonNullable<EChartProps['onClick']>>[0]));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    setChart(instance);
    return () => {
      observer.disconnect();
      instance.dispose();
      setChart(null);
    };
  }, [colorScheme]);

  useEffect(() => {
    // ECharts would describe the chart itself, in English or Chinese only and with NaN for stacked series: it says our translated summary instead.
    chart?.setOption({ backgroundColor: 'transparent', aria: { enabled: true, label: { description: summary ? `${title}. ${summary}` : title } }, animation: false, ...option }, { notMerge: true });
  }, [chart, option, title, summary]);

  return <div ref={box} role="img" aria-label={title} style={{ width: '100%', height }} />;
}

function DataTable({ table }: { table: ChartTable }) {
  return (
    <Table.ScrollContainer minWidth={320} maxHeight={360}>
      <Table striped stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, i) => (
            <Table.Tr key={i}>
              {row.map((cell, j) => (
                <Table.Td key={j}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A chart with a text summary and, when given data, a switch to see it as a table. */
export function EChart({ option, title, summary, table, height = 320, onClick, testId, controls }: EChartProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Stack gap="xs" data-testid={testId}>
      {table || controls ? (
        <Group justify="flex-end" gap="sm">
          {controls}
          {table ? (
            <SegmentedControl
              size="xs"
              aria-label={title}
              value={view}
              onChange={(value) => setView(value as 'chart' | 'table')}
              data={[
                { value: 'chart', label: t('common.showChart') },
                { value: 'table', label: t('common.showTable') },
              ]}
            />
          ) : null}
        </Group>
      ) : null}
      {view === 'table' && table ? <DataTable table={table} /> : <ChartCanvas option={option} title={title} summary={summary} height={height} onClick={onClick} />}
      <Box>
        {view === 'chart' ? (
          <Text size="xs" c="dimmed">
            {summary}
          </Text>
        ) : (
          <VisuallyHidden>{summary}</VisuallyHidden>
        )}
      </Box>
    </Stack>
  );
}
