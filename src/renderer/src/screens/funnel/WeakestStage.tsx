import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../../../shared/domain/funnel.ts';
import { useFormat } from '../../i18n/format.ts';
import { translateOr } from '../../i18n/translate-or.ts';
import { useNavigation } from '../../navigation/navigation.tsx';

/** The weakest stage in words, with the campaign that works on it (or what to do about acquisition). */
export function WeakestStage({ report }: { report: FunnelReport }) {
  const { t, i18n } = useTranslation('funnel');
  const format = useFormat();
  const { go } = useNavigation();
  const weakest = report.weakest;
  if (!weakest) {
    return (
      <Alert variant="light" color="blue" radius="lg" data-testid="weakest-stage">
        <Text size="sm">{Object.keys(report.targets).length === 0 && Object.values(report.previous.rates).every((rate) => rate === null) ? t('weakest.noComparison') : t('weakest.none')}</Text>
      </Alert>
    );
  }
  const params = { rate: t(`rates.${weakest.rate}`), value: format.percent(weakest.value), reference: format.percent(weakest.reference) };
  return (
    <Alert variant="light" color="orange" radius="lg" data-testid="weakest-stage" data-rate={weakest.rate}>
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {weakest.reason === 'belowTarget' ? t('weakest.belowTarget', params) : t('weakest.fellFromPrevious', params)}
        </Text>
        {weakest.campaign ? (
          <Group gap="sm">
            <Text size="sm">{t('weakest.campaign', { campaign: translateOr(i18n, `campaigns:suggestions.${weakest.campaign}.title`, weakest.campaign) })}</Text>
            <Button size="xs" variant="light" onClick={() => go('campaigns')}>
              {t('weakest.open')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('weakest.acquisition')}</Text>
        )}
      </Stack>
    </Alert>
  );
}
