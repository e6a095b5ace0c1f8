import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignRecord, LiftWindowResult } from '../../../../shared/domain/campaigns.ts';
import { campaignText } from '../../i18n/campaign-text.ts';
import { useFormat } from '../../i18n/format.ts';

const verdictColors: Record<LiftWindowResult['verdict']['code'], string> = {
  no_holdout: 'gray',
  too_early: 'gray',
  no_measurable_effect: 'yellow',
  likely_real_gain: 'teal',
  likely_real_loss: 'red',
};

function LiftCell({ lift }: { lift: LiftWindowResult | undefined }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (!lift) return <Text size="sm">—</Text>;
  return (
    <Stack gap={2}>
      <Badge color={verdictColors[lift.verdict.code]} variant="light" size="sm" style={{ textTransform: 'none' }}>
        {campaignText(i18n, lift.verdict.message)}
      </Badge>
      <Text size="xs" c="dimmed">
        {t('campaigns.purchaseRates', { exported: format.percent(lift.exported.purchaseRate), holdout: format.percent(lift.holdout.purchaseRate) })}
        {lift.complete ? '' : ` · ${t('campaigns.openWindow')}`}
      </Text>
    </Stack>
  );
}

/** Every exported campaign with its holdout and the measured lift after 7, 30 and 60 days. */
export function RecordedCampaigns({ records }: { records: CampaignRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (records.length === 0) return <Text c="dimmed">{t('campaigns.noRecorded')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" data-testid="recorded-campaigns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaigns.campaign')}</Table.Th>
            <Table.Th>{t('campaigns.campaignDate')}</Table.Th>
            <Table.Th ta="right">{t('campaigns.exported')}</Table.Th>
            <Table.Th ta="right">{t('campaigns.holdout')}</Table.Th>
            {[7, 30, 60].map((days) => (
              <Table.Th key={days}>{t('campaigns.liftWindow', { count: days })}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <Table.Tr key={record.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {record.name}
                </Text>
              </Table.Td>
              <Table.Td>{format.date(record.campaignDate)}</Table.Td>
              <Table.Td ta="right">{format.number(record.exportedCount)}</Table.Td>
              <Table.Td ta="right">{format.number(record.holdoutCount)}</Table.Td>
              {[7, 30, 60].map((days) => (
                <Table.Td key={days}>
                  <LiftCell lift={record.lift.find((lift) => lift.days === days)} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
