import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

/** The title row of a screen, with an optional one-line explanation and controls on the right. */
export function ScreenHeader({ title, description, children }: { title: string; description?: string; children?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg" wrap="wrap" gap="md">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm" maw={720}>
            {description}
          </Text>
        ) : null}
      </Stack>
      {children ? <Group gap="sm">{children}</Group> : null}
    </Group>
  );
}
