import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';

/** A titled card on a screen, with a plain-language explanation under the title. */
export function Section({ title, help, controls, children, testId }: { title: string; help?: string; controls?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="lg" radius="lg" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2} maw={760}>
            <Title order={2} size="h4">
              {title}
            </Title>
            {help ? (
              <Text size="sm" c="dimmed">
                {help}
              </Text>
            ) : null}
          </Stack>
          {controls ? <Group gap="sm">{controls}</Group> : null}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
