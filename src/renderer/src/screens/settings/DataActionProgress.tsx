import { Group, Loader, Text } from '@mantine/core';

/** A spinner with what is happening, while a backup, restore or delete runs. */
export function DataActionProgress({ text }: { text: string }) {
  return (
    <Group gap="xs" role="status" data-testid="data-action-progress">
      <Loader size="xs" />
      <Text size="sm">{text}</Text>
    </Group>
  );
}
