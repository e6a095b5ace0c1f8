import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { AlertIcon } from '../icons/icons.tsx';

/**
 * A readable error with what to do next. `crashed`: a screen failed to render (the generic
 * explanation leads); otherwise the error's own (translated) message leads.
 */
export function ErrorMessage({ error, onRetry, crashed = false }: { error: Error; onRetry?: () => void; crashed?: boolean }) {
  const { t } = useTranslation();
  const where = error instanceof ApiError && error.details?.line !== undefined ? error.details : undefined;
  return (
    <Alert role="alert" color="red" variant="light" icon={<AlertIcon />} title={crashed ? t('errorBoundary.title') : error.message}>
      <Stack gap="xs">
        {crashed ? <Text size="sm">{t('errorBoundary.body')}</Text> : null}
        {where ? (
          <Text size="sm">
            {where.file ? `${where.file}: ` : ''}
            {where.column ? t('importJob.whereInFile', { line: where.line, column: where.column }) : t('importJob.whereLine', { line: where.line })}
          </Text>
        ) : null}
        {crashed ? (
          <details>
            <summary>
              <Text span size="sm">
                {t('errorBoundary.details')}
              </Text>
            </summary>
            <Code block>{error.message}</Code>
          </details>
        ) : null}
        {onRetry ? (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
