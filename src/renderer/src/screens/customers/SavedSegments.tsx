import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SavedSegment } from '../../../../shared/domain/campaigns.ts';
import { useApi, useRequestCache } from '../../api/ApiProvider.tsx';
import { useApiEvent } from '../../api/use-api-event.ts';
import { useLatest } from '../../api/use-latest.ts';
import { RequestView } from '../../components/RequestView.tsx';
import { useFormat } from '../../i18n/format.ts';


/** The Customers screen's sidebar: saved segments with their size now and the change since the last import (docs/segments.md). */
export function SavedSegments({ onShow, onExport }: { onShow(segment: SavedSegment): void; onExport(segment: SavedSegment): void }) {
  const { t } = useTranslation('segments');
  const format = useFormat();
  const api = useApi();
  const { refreshAll } = useRequestCache();
  // Asked again at every data change (a save, a delete, an import), straight from the core: the list must
  // show a segment the moment it is saved.
  const [version, setVersion] = useState(0);
  useApiEvent('data.changed', () => setVersion((v) => v + 1));
  const segments = useLatest(() => api.request('segments.list', {}), version);
  const remove = async (segment: SavedSegment) => {
    await api.request('segments.delete', { name: segment.name });
    refreshAll();
    setVersion((v) => v + 1);
    notifications.show({ message: t('saved.deleted', { name: segment.name }) });
  };
  return (
    <Paper withBorder p="md" radius="lg" data-testid="saved-segments">
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('saved.title')}
        </Title>
        <RequestView state={segments}>
          {(list) =>
            list.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('saved.none')}
              </Text>
            ) : (
              <Stack gap="sm">
                {list.map((segment) => {
                  const change =
                    segment.change === null ? null : segment.change === 0 ? t('saved.changeNone') : segment.change > 0 ? t('saved.changeUp', { change: format.number(segment.change) }) : t('saved.changeDown', { change: format.number(-segment.change) });
                  return (
                    <Stack key={segment.id} gap={2} data-testid="saved-segment">
                      <Text fw={600} size="sm" data-testid="saved-segment-name">
                        {segment.name}
                      </Text>
                      <Text size="sm" data-testid="saved-segment-size">
                        {t('saved.size', { count: segment.size })}
                      </Text>
                      {change ? (
                        <Text size="xs" c="dimmed" data-testid="saved-segment-change">
                          {change}
                        </Text>
                      ) : null}
                      <Text size="xs" c="dimmed" ff="monospace" lineClamp={2} title={segment.rule}>
                        {segment.rule}
                      </Text>
                      <Group gap={4}>
                        <Button size="compact-xs" variant="light" onClick={() => onShow(segment)}>
                          {t('saved.use')}
                        </Button>
                        <Button size="compact-xs" variant="light" onClick={() => onExport(segment)} data-testid="saved-segment-export">
                          {t('saved.export')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(segment)}>
                          {t('saved.delete')}
                        </Button>
                      </Group>
                    </Stack>
                  );
                })}
              </Stack>
            )
          }
        </RequestView>
      </Stack>
    </Paper>
  );
}
