import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../api/use-request.ts';
import { BacktestChart } from '../../charts/BacktestChart.tsx';
import { RequestView } from '../../components/RequestView.tsx';
import { Section } from '../../components/Section.tsx';
import { addDays } from '../../i18n/days.ts';
import { useFormat } from '../../i18n/format.ts';
import { translateOr } from '../../i18n/translate-or.ts';

const HOLDOUT_DAYS = 182;
const verdictColors = { reliable: 'teal', rough: 'yellow', unreliable: 'orange', unavailable: 'gray' } as const;

/** The predictive model checked against the shop's own recent past, with its reliability in words. */
export function BacktestSection({ asOf }: { asOf: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const calibrationEnd = addDays(asOf, -HOLDOUT_DAYS);
  const backtest = useRequest('model.backtest', { calibrationEnd, holdoutDays: HOLDOUT_DAYS });
  const summary = useRequest('model.summary', {});
  return (
    <Section title={t('journeys.backtestTitle')} help={t('journeys.backtestHelp')} testId="backtest-section">
      {summary.data ? (
        <Alert color={verdictColors[summary.data.verdict]} variant="light" title={t('journeys.modelQuality')}>
          <Stack gap={4}>
            <Text size="sm">{translateOr(i18n, `model:verdict.${summary.data.verdict}`, summary.data.verdict)}</Text>
            {summary.data.reasons.length > 0 ? (
              <List size="sm">
                {summary.data.reasons.map((reason) => (
                  <List.Item key={reason.code}>{translateOr(i18n, `model:reasons.${reason.code}`, reason.code, reason.params)}</List.Item>
                ))}
              </List>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('journeys.calibrationNote', { end: format.date(calibrationEnd), count: HOLDOUT_DAYS })}
      </Text>
      <RequestView state={backtest}>{(data) => <BacktestChart result={data} />}</RequestView>
    </Section>
  );
}
