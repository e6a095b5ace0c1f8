import { useState } from 'react';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignSuggestion } from '../../../../shared/domain/campaigns.ts';
import { useRequest } from '../../api/use-request.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { SuggestionCard } from './SuggestionCard.tsx';
import { RequestView } from '../../components/RequestView.tsx';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { ShopDataGate } from '../imports/ShopDataGate.tsx';
import { campaignText } from '../../i18n/campaign-text.ts';
import { RecordedCampaigns } from './RecordedCampaigns.tsx';
import { useShopCurrency } from '../../components/use-shop-currency.ts';
import { ControlGroupCard } from './ControlGroupCard.tsx';

export function CampaignsScreen() {
  const { t, i18n } = useTranslation();
  const suggestions = useRequest('campaigns.suggestions', {});
  const recorded = useRequest('campaigns.list', { limit: 100 });
  // The funnel's weakest stage (docs/funnel.md) marks the suggestion that works on it.
  const weakest = useRequest('funnel.report', {}).data?.weakest ?? null;
  const currency = useShopCurrency();
  const [exporting, setExporting] = useState<CampaignSuggestion | null>(null);
  return (
    <ShopDataGate>
      <Stack gap="lg">
        <ScreenHeader title={t('campaigns.title')} description={t('campaigns.description')} />
        <Title order={2} size="h4">
          {t('campaigns.suggested')}
        </Title>
        <RequestView state={suggestions}>
          {(list) =>
            list.length === 0 ? (
              <Text c="dimmed">{t('campaigns.noSuggestions')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                {list.map((suggestion) => (
                  <SuggestionCard key={suggestion.id} suggestion={suggestion} currency={currency} onExport={() => setExporting(suggestion)} weakestRate={weakest?.campaign === suggestion.id ? weakest.rate : null} />
                ))}
              </SimpleGrid>
            )
          }
        </RequestView>
        <Title order={2} size="h4" mt="md">
          {t('campaigns.recorded')}
        </Title>
        <RequestView state={recorded}>{(records) => <RecordedCampaigns records={records} />}</RequestView>
        <ControlGroupCard currency={currency} />
      </Stack>
      {exporting ? (
        <ExportDialog
          audience={{ kind: 'suggestion', suggestionId: exporting.id }}
          name={campaignText(i18n, exporting.title)}
          defaultFormat={exporting.format}
          defaultChannel={exporting.channel}
          onClose={() => setExporting(null)}
        />
      ) : null}
    </ShopDataGate>
  );
}
