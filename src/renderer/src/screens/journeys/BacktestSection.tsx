import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../api/use-request.ts';
import { BacktestChart } from '../../charts/BacktestChart.tsx';
import { RequestView } from '../../components/RequestView.tsx';
import { Section } from '../../components/Section.tsx';
import { addDays } from '../../i18n/days.ts';
import { useFormat } from '../../i18n/format.ts';
import { translateOr } from '../../i18n/translate-or.ts';
import type { ModelChoice } from '../../../../shared/domain/model.ts';

const HOLDOUT_DAYS = 182;

/** Which purchase model the shop's predictions use, why, and how accurate it was (docs/models.md, "Choosing the purchase model"). */
function choiceSentence(choice: ModelChoice, t: (key: string, params?: Record<string, string | number>) => string, number: (value: number, digits?: number) => string): string {
  if (choice.chosen === null) {
    const reason = choice.reason ? ` ${t(`choice.reasons.${choice.reason.code}`, choice.reason.params)}` : '';
    return `${t('choice.none')}${reason}`;
  }
  const model = t(`choice.model.${choice.chosen}`);
  const other = choice.chosen === 'bgnbd' ? 'paretoNbd' : 'bgnbd';
  const mine = choice[choice.chosen];
  const theirs = choice[other];
  if (choice.basis === 'backtest' && mine && theirs && choice.naive && choice.holdoutDays !== null) {
    return t('choice.byBacktest', {
      model,
      count: choice.holdoutDays,
      error: number(mine.meanAbsoluteError, 2),
      otherModel: t(`choice.model.${other}`),
      other: number(theirs.meanAbsoluteError, 2),
      naive: number(choice.naive.meanAbsoluteError, 2),
    });
  }
  const reason = choice.reason ? ` ${t(`choice.reasons.${choice.reason.code}`, choice.reason.params)}` : '';
  return `${t('choice.byLikelihood', { model })}${reason}`;
}
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
            <Text size="sm" data-testid="model-choice">
              {choiceSentence(summary.data.choice, (key, params) => translateOr(i18n, `model:${key}`, key, params), format.number)}
            </Text>
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
      <RequestView state={backtest}>
        {(data) => (
          <Stack gap={4}>
            {data.accuracy.model ? (
              <Text size="sm" data-testid="backtest-accuracy">
                {translateOr(i18n, 'model:choice.accuracy', 'choice.accuracy', {
                  model: format.number(data.accuracy.model.meanAbsoluteError, 2),
                  naive: format.number(data.accuracy.naive.meanAbsoluteError, 2),
                  predicted: format.number(data.accuracy.model.predictedTotal, 0),
                  actual: format.number(data.accuracy.model.actualTotal, 0),
                })}
              </Text>
            ) : null}
            <BacktestChart result={data} />
          </Stack>
        )}
      </RequestView>
    </Section>
  );
}
