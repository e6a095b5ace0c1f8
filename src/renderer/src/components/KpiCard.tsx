import { Paper, Text } from '@mantine/core';

/** A small change shown under a figure: `up` and `down` say which way the figure moved, not whether that is good. */
export interface KpiChange {
  text: string;
  direction: 'up' | 'down' | 'flat';
  /** What the change is measured against (shown on hover). */
  title?: string;
}

const changeColors = { up: 'teal', down: 'red', flat: 'dimmed' } as const;

/** One headline figure with its label, an optional note and an optional change (e.g. since the previous import). */
export function KpiCard({ label, value, note, noteIsWarning = false, change, testId }: { label: string; value: string; note?: string; noteIsWarning?: boolean; change?: KpiChange; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="lg" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz={26} fw={650} mt={4} lh={1.2}>
        {value}
      </Text>
      {change ? (
        <Text size="xs" fw={600} c={changeColors[change.direction]} mt={4} title={change.title} data-testid="kpi-change">
          {change.text}
        </Text>
      ) : null}
      {note ? (
        <Text size="xs" c={noteIsWarning ? 'orange.8' : 'dimmed'} mt={4} data-testid={noteIsWarning ? 'kpi-warning' : undefined}>
          {note}
        </Text>
      ) : null}
    </Paper>
  );
}
