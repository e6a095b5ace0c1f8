import { Badge, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../api/use-request.ts';
import { useFormat } from '../../i18n/format.ts';
import { translateOr } from '../../i18n/translate-or.ts';

/** The recorded campaigns this customer was in: name, date, file format, and whether they were held back. */
export function CustomerCampaigns({ customerId }: { customerId: number }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const campaigns = useRequest('campaigns.forCustomer', { customerId });
  if (!campaigns.data) return null;
  return (
    <div data-testid="profile-campaigns">
      <Title order={3} size="h5" mb="xs">
        {t('profile.campaigns')}
      </Title>
      {campaigns.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('profile.campaignsNone')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Tbody>
            {campaigns.data.map((campaign) => (
              <Table.Tr key={campaign.id}>
                <Table.Td>{campaign.name}</Table.Td>
                <Table.Td>{format.date(campaign.campaignDate)}</Table.Td>
                <Table.Td>{translateOr(i18n, `campaigns:formats.${campaign.format}`, campaign.format)}</Table.Td>
                <Table.Td ta="right">
                  <Badge variant="light" color={campaign.inHoldout ? 'gray' : 'teal'} style={{ textTransform: 'none' }}>
                    {campaign.inHoldout ? t('profile.campaignHoldout') : t('profile.campaignSent')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
