import { Button, EmptyState, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UploadIcon } from '../../icons/icons.tsx';
import { useImport } from './ImportProvider.tsx';

/** What an empty shop shows: an invitation to drop an export, choose files, or try the sample store. */
export function ImportInvite() {
  const { t } = useTranslation();
  const { chooseAndImport, importSample, state } = useImport();
  const busy = state.status === 'running';
  return (
    <EmptyState
      data-testid="empty-state"
      variant="light"
      size="lg"
      icon={<UploadIcon size={36} />}
      title={t('empty.title')}
      description={t('empty.description')}
      py={64}
      maw={640}
      mx="auto"
    >
      <Group justify="center" mt="md">
        <Button onClick={chooseAndImport} disabled={busy}>
          {t('empty.chooseFiles')}
        </Button>
        <Button variant="light" onClick={importSample} disabled={busy}>
          {t('empty.trySample')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" ta="center" mt="lg">
        {t('empty.howTo')}
      </Text>
    </EmptyState>
  );
}
