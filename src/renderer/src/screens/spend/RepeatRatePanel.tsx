import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RevenueMixRow } from '../../../../shared/domain/economics.ts';
import { useFormat } from '../../i18n/format.ts';

/** The repeat purchase rate per month, latest first, with its definition above the figures. */
export function RepeatRatePanel({ rows }: { rows: RevenueMixRow[] }) {
  const { t } = useTranslation('economics');
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="repeat-rate">
      <Title order={3} size="h5">
        {t('columns.repeatRate')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('repeatRateExplained')}
      </Text>
      <Table.ScrollContainer minWidth={200} maxHeight={260}>
        <Table stickyHeader verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.month')}</Table.Th>
              <Table.Th ta="right">{t('columns.repeatRate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.toReversed().map((row) => (
              <Table.Tr key={row.month}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.month(row.month)}</Table.Td>
                <Table.Td ta="right">{row.repeatPurchaseRate === null ? '—' : format.percent(row.repeatPurchaseRate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
