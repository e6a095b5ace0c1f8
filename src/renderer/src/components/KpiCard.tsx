import { Paper, Text } from '@mantine/core';

/** One headline figure with its label and an optional note (e.g. the change since the previous import). */
export function KpiCard({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="lg" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz={26} fw={650} mt={4} lh={1.2}>
        {value}
      </Text>
      {note ? (
        <Text size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      ) : null}
    </Paper>
  );
}
