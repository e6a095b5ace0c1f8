import { useState } from 'react';
import { Alert, Group, Stack, Text } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../../../shared/domain/funnel.ts';
import { useRequest } from '../../api/use-request.ts';
import { LifecycleFunnel } from '../../charts/LifecycleFunnel.tsx';
import { RequestView } from '../../components/RequestView.tsx';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ShopDataGate } from '../imports/ShopDataGate.tsx';
import { FigureDefinitions, MonthsTable, RatesTable } from './FunnelTables.tsx';
import { TargetsEditor } from './TargetsEditor.tsx';
import { WeakestStage } from './WeakestStage.tsx';

interface Range {
  from?: string;
  to?: string;
}

/** The months shown: a range of whole months up to the as-of month; the report answers again when both ends are picked. */
function MonthRange({ report, onChange }: { report: FunnelReport; onChange(range: Range): void }) {
  const { t } = useTranslation('funnel');
  const [value, setValue] = useState<[string | null, string | null]>([`${report.period.from}-01`, `${report.period.to}-01`]);
  const pick = (next: [string | null, string | null]) => {
    setValue(next);
    if (next[0] && next[1]) onChange({ from: next[0].slice(0, 7), to: next[1].slice(0, 7) });
  };
  return (
    <MonthPickerInput
      type="range"
      label={t('months')}
      value={value}
      onChange={(next) => pick(next as [string | null, string | null])}
      maxDate={report.asOf ?? undefined}
      valueFormat="MMM YYYY"
      w={240}
      data-testid="funnel-months"
    />
  );
}

function FunnelView({ report, onRange }: { report: FunnelReport; onRange(range: Range): void }) {
  const { t } = useTranslation('funnel');
  const format = useFormat();
  /** A traffic figure's period: a month from a monthly report, else a day. */
  const period = (p: string) => (p.length === 7 ? format.month(p) : format.date(p));
  return (
    <Stack gap="lg" data-testid="funnel-report">
      <Group justify="space-between" align="flex-end">
        <MonthRange report={report} onChange={onRange} />
      </Group>
      {report.traffic === null ? (
        <Alert variant="light" color="blue" radius="lg" data-testid="no-traffic">
          <Text size="sm">{t('noTraffic')}</Text>
        </Alert>
      ) : report.period.sessions === null ? (
        <Alert variant="light" color="blue" radius="lg" data-testid="traffic-gap">
          <Text size="sm">{t('trafficGap', { first: period(report.traffic.firstDay), last: period(report.traffic.lastDay) })}</Text>
        </Alert>
      ) : null}
      <WeakestStage report={report} />
      <Section title={t('chartTitle')} help={t('chartHelp')}>
        <LifecycleFunnel period={report.period} />
        {report.undatedProspects > 0 ? (
          <Text size="xs" c="dimmed" data-testid="undated-prospects">
            {t('undated', { count: report.undatedProspects })}
          </Text>
        ) : null}
      </Section>
      <Section title={t('ratesTitle')} help={t('ratesHelp')} testId="funnel-rates">
        <RatesTable report={report} />
      </Section>
      <Section title={t('monthsTitle')} testId="funnel-months-table">
        <MonthsTable months={report.months} />
        <Text size="sm" fw={600}>
          {t('definitions')}
        </Text>
        <FigureDefinitions />
      </Section>
      <Section title={t('targets.title')} help={t('targets.help')} testId="funnel-targets">
        <TargetsEditor targets={report.targets} />
      </Section>
    </Stack>
  );
}

/** Funnel: the lifecycle from visits to loyal and won-back customers, month by month (docs/funnel.md). */
export function FunnelScreen() {
  const { t } = useTranslation('funnel');
  const [range, setRange] = useState<Range>({});
  const report = useRequest('funnel.report', range);
  return (
    <ShopDataGate>
      <ScreenHeader title={t('title')} description={t('intro')} />
      <RequestView state={report}>{(data) => <FunnelView report={data} onRange={setRange} />}</RequestView>
    </ShopDataGate>
  );
}
