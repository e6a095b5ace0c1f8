import { Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../api/use-request.ts';
import { RequestView } from '../../components/RequestView.tsx';
import { Section } from '../../components/Section.tsx';

/** Where the database lives, and which version wrote it. */
export function DataSettings() {
  const { t } = useTranslation();
  const info = useRequest('app.info', {});
  return (
    <Section title={t('settings.data')}>
      <RequestView state={info}>
        {(data) => (
          <>
            <Text size="sm" fw={600}>
              {t('settings.databaseLocation')}
            </Text>
            <Code block data-testid="db-path">
              {data.dbPath}
            </Code>
            <Text size="sm" c="dimmed">
              {t('settings.databaseHelp')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('settings.version', { version: data.version, schema: data.schemaVersion })}
            </Text>
          </>
        )}
      </RequestView>
    </Section>
  );
}
