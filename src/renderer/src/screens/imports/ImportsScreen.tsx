import { Badge, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../../shared/domain/imports.ts';
import { useRequest } from '../../api/use-request.ts';
import { RequestView } from '../../components/RequestView.tsx';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { ChangesSinceImport } from '../../components/ChangesSinceImport.tsx';
import { useFormat } from '../../i18n/format.ts';
import { translateOr } from '../../i18n/translate-or.ts';
import { UploadIcon } from '../../icons/icons.tsx';
import { useImport } from './ImportProvider.tsx';

function DropArea() {
  const { t } = useTranslation();
  const { chooseAndImport, state } = useImport();
  return (
    <UnstyledButton onClick={chooseAndImport} disabled={state.status === 'running'} data-testid="drop-area" aria-label={t('empty.chooseFiles')}>
      <Paper withBorder p="xl" radius="lg" style={{ borderStyle: 'dashed', borderWidth: 2, textAlign: 'center' }}>
        <Stack align="center" gap={6}>
          <UploadIcon size={32} />
          <Text fw={600}>{t('empty.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('imports.dropHint')}
          </Text>
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}

function History({ records }: { records: ImportRecord[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (records.length === 0) return <Text c="dimmed">{t('imports.noHistory')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="import-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.when')}</Table.Th>
            <Table.Th>{t('imports.file')}</Table.Th>
            <Table.Th ta="right">{t('importJob.rowsRead')}</Table.Th>
            <Table.Th ta="right">{t('importJob.ordersAdded')}</Table.Th>
            <Table.Th ta="right">{t('importJob.ordersUpdated')}</Table.Th>
            <Table.Th ta="right">{t('importJob.customersAdded')}</Table.Th>
            <Table.Th>{t('importJob.warnings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <Table.Tr key={record.importId}>
              <Table.Td>{format.dateTime(record.finishedAt)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {record.fileName}
                </Text>
                <Text size="xs" c="dimmed">
                  {translateOr(i18n, i18n.exists(`app:imports.kinds.${record.kind}`) ? `app:imports.kinds.${record.kind}` : `presets:kinds.${record.kind}`, record.kind)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{format.number(record.rows)}</Table.Td>
              <Table.Td ta="right">{format.number(record.ordersAdded)}</Table.Td>
              <Table.Td ta="right">{format.number(record.ordersUpdated)}</Table.Td>
              <Table.Td ta="right">{format.number(record.customersAdded)}</Table.Td>
              <Table.Td>
                {record.warnings.length === 0 ? (
                  <Badge variant="light" color="teal">
                    {t('imports.clean')}
                  </Badge>
                ) : (
                  <Stack gap={2}>
                    {record.warnings.map((warning) => (
                      <Text size="xs" key={warning.code}>
                        {translateOr(i18n, `imports:warnings.${warning.code}`, warning.message, { count: warning.count })}
                        {warning.lines.length > 0 ? ` (${t('importJob.warningLines', { lines: warning.lines.map((line) => format.number(line)).join(', ') })})` : ''}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ImportsScreen() {
  const { t } = useTranslation();
  const history = useRequest('imports.list', { limit: 200 });
  const hasData = useRequest('app.info', {}).data?.empty === false;
  return (
    <Stack gap="lg">
      <ScreenHeader title={t('imports.title')} description={t('imports.description')} />
      <DropArea />
      {hasData ? <ChangesSinceImport /> : null}
      <Title order={2} size="h4">
        {t('imports.history')}
      </Title>
      <RequestView state={history}>{(records) => <History records={records} />}</RequestView>
    </Stack>
  );
}
