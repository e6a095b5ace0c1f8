import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FUNNEL_RATES, type FunnelReport } from '../../../../shared/domain/funnel.ts';
import { useRequest } from '../../api/use-request.ts';
import { RequestView } from '../../components/RequestView.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../i18n/format.ts';
import { WeakestStage } from './WeakestStage.tsx';

/** The last complete month of the report (the as-of month when the as-of day ends it) and the month before it. */
function lastCompleteMonths(report: FunnelReport) {
  const months = report.months;
  const complete = months.filter((m) => m.days === new Date(Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)), 0)).getUTCDate());
  const last = complete[complete.length - 1];
  const before = last ? months[months.indexOf(last) - 1] : undefined;
  return { last, before };
}

function Rates({ report }: { report: FunnelReport }) {
  const { t } = useTranslation('funnel');
  const format = useFormat();
  const { last, before } = lastCompleteMonths(report);
  if (!last) {
    return (
      <Text size="sm" c="dimmed">
        {t('dashboard.noCompleteMonth')}
      </Text>
    );
  }
  const hasTargets = Object.keys(report.targets).length > 0;
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>
        {format.month(last.month)}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
        {FUNNEL_RATES.map((rate) => {
          const value = last.rates[rate];
          const target = report.targets[rate];
          const previous = before?.rates[rate] ?? null;
          return (
            <Stack key={rate} gap={2} data-rate={rate}>
              <Text size="xs" c="dimmed">
                {t(`rates.${rate}`)}
              </Text>
              <Group gap={6}>
                <Text fw={600} size="lg">
                  {value === null ? t('noValue') : format.percent(value)}
                </Text>
                {value !== null && previous !== null ? <Text size="sm" c={value >= previous ? 'teal' : 'orange'} aria-hidden="true">{value >= previous ? '▲' : '▼'}</Text> : null}
              </Group>
              {previous !== null ? (
                <Text size="xs" c="dimmed">
                  {t('dashboard.trend', { value: format.percent(previous) })}
                </Text>
              ) : null}
              {target !== undefined ? (
                <Badge variant="light" color={value !== null && value >= target ? 'teal' : 'orange'}>
                  {t('targets.target')} {format.percent(target)}
                </Badge>
              ) : null}
            </Stack>
          );
        })}
      </SimpleGrid>
      {hasTargets ? null : (
        <Text size="xs" c="dimmed">
          {t('dashboard.noTargets')}
        </Text>
      )}
      <WeakestStage report={report} />
    </Stack>
  );
}

/** The dashboard's view of the funnel: each stage's rate in the last complete month, its trend and its target. */
export function StageTargetsCard() {
  const { t } = useTranslation('funnel');
  const report = useRequest('funnel.report', {});
  return (
    <Section title={t('dashboard.title')} help={t('dashboard.help')} testId="stage-targets">
      <RequestView state={report}>{(data) => <Rates report={data} />}</RequestView>
    </Section>
  );
}
