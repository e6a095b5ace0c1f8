import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../api/use-request.ts';
import { KpiCard } from '../../components/KpiCard.tsx';
import { useFormat } from '../../i18n/format.ts';
import { modelSentence } from '../../i18n/model-text.ts';

/** P(alive), the expected next order as a sentence, and the predicted value of one customer. */
export function PredictionPanel({ customerId, currency }: { customerId: number; currency: string | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const prediction = useRequest('model.customer', { customerId });
  if (!prediction.data) return null;
  const { prediction: p, sentence } = prediction.data;
  return (
    <Stack gap="xs" data-testid="profile-prediction">
      <Title order={3} size="h5">
        {t('profile.prediction')}
      </Title>
      <Text size="sm">{modelSentence(i18n, sentence, format)}</Text>
      {p ? (
        <SimpleGrid cols={3} spacing="sm">
          <KpiCard label={t('profile.pAlive')} value={format.percent(p.pAlive, 0)} />
          <KpiCard label={t('profile.expected90')} value={format.number(p.expectedPurchases90, 1)} />
          <KpiCard label={t('profile.predictedClv')} value={p.predictedClv12 === null ? '—' : format.money(p.predictedClv12, currency)} />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
