import { useState } from 'react';
import { List, SegmentedControl, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { COHORT_DIMENSIONS, type CohortDimension, type RfmMethod, type Thresholds } from '../../../../shared/domain/lifecycle.ts';
import { useRequest } from '../../api/use-request.ts';
import { useNavigation } from '../../navigation/navigation.tsx';
import { LtvCurves, RetentionHeatmap } from '../../charts/CohortCharts.tsx';
import { RfmHeatmap } from '../../charts/RfmHeatmap.tsx';
import { TimingHistogram, type ThresholdMark } from '../../charts/TimingHistogram.tsx';
import { TransitionsSankey } from '../../charts/TransitionsSankey.tsx';
import { RequestView } from '../../components/RequestView.tsx';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { Section } from '../../components/Section.tsx';
import { ShopDataGate } from '../imports/ShopDataGate.tsx';
import { useShopCurrency } from '../../components/use-shop-currency.ts';
import { addDays, toIsoDay } from '../../i18n/days.ts';
import { useFormat } from '../../i18n/format.ts';
import { frequencyGroups, monetaryGroups, rfmWithheldText } from '../../i18n/rfm-text.ts';
import { stageColor } from '../../theme/stage-colors.ts';
import { BacktestSection } from './BacktestSection.tsx';

function Flow({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<{ from: string; to: string }>({ from: addDays(asOf, -90), to: asOf });
  const transitions = useRequest('lifecycle.transitions', range);
  const pick = (key: 'from' | 'to') => (value: Date | string | null) => {
    const day = toIsoDay(value);
    if (!day) return;
    setRange((current) => {
      const next = { ...current, [key]: day };
      return next.from <= next.to ? next : key === 'from' ? { from: day, to: day } : { from: day, to: day };
    });
  };
  return (
    <Section
      title={t('journeys.flowTitle')}
      help={t('journeys.flowHelp')}
      testId="flow-section"
      controls={
        <>
          <DatePickerInput label={t('journeys.from')} value={range.from} onChange={pick('from')} maxDate={asOf} valueFormat="LL" w={190} data-testid="flow-from" />
          <DatePickerInput label={t('journeys.to')} value={range.to} onChange={pick('to')} maxDate={asOf} valueFormat="LL" w={190} data-testid="flow-to" />
        </>
      }
    >
      <RequestView state={transitions}>{(data) => <TransitionsSankey transitions={data} />}</RequestView>
    </Section>
  );
}

function CohortSection() {
  const { t } = useTranslation();
  const currency = useShopCurrency();
  const [dimension, setDimension] = useState<CohortDimension>('month');
  const cohorts = useRequest('lifecycle.cohorts', { dimension });
  return (
    <Stack gap="md">
      <Section
        title={t('journeys.cohortTitle')}
        help={t('journeys.cohortHelp')}
        controls={<SegmentedControl aria-label={t('journeys.cohortBy')} value={dimension} onChange={(value) => setDimension(value as CohortDimension)} data={COHORT_DIMENSIONS.map((value) => ({ value, label: t(`journeys.dimension.${value}`) }))} />}
      >
        <RequestView state={cohorts}>{(data) => <RetentionHeatmap cohorts={data} />}</RequestView>
      </Section>
      <Section title={t('journeys.ltvTitle')} help={t('journeys.ltvHelp')}>
        <RequestView state={cohorts}>{(data) => <LtvCurves cohorts={data} currency={currency} />}</RequestView>
      </Section>
    </Stack>
  );
}

function marksFor(thresholds: Thresholds, kind: 'first' | 'later', t: (key: 'journeys.windowLine' | 'journeys.atRiskLine' | 'journeys.lapseLine') => string): ThresholdMark[] {
  const marks: ThresholdMark[] = [];
  if (kind === 'first') marks.push({ label: t('journeys.windowLine'), days: thresholds.window.value, color: stageColor('new') });
  marks.push({ label: t('journeys.atRiskLine'), days: thresholds.atRisk.value, color: stageColor('at_risk') });
  marks.push({ label: t('journeys.lapseLine'), days: thresholds.lapse.value, color: stageColor('lapsed') });
  return marks;
}

function TimingSection({ thresholds }: { thresholds: Thresholds }) {
  const { t } = useTranslation();
  const timing = useRequest('lifecycle.timing', { products: 0 });
  return (
    <Section title={t('journeys.timingTitle')} help={t('journeys.timingHelp')}>
      <RequestView state={timing}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
            <TimingHistogram title={t('journeys.firstToSecond')} kind="first" distribution={data.firstToSecond} marks={marksFor(thresholds, 'first', t)} />
            <TimingHistogram title={t('journeys.laterGaps')} kind="later" distribution={data.laterGaps} marks={marksFor(thresholds, 'later', t)} />
          </SimpleGrid>
        )}
      </RequestView>
    </Section>
  );
}

/** How this shop's RFM scores and groups were made, with its own cut-offs (docs/lifecycle.md). */
function RfmMethodText({ method, currency }: { method: RfmMethod; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4} data-testid="rfm-method">
      <Text size="sm" fw={600}>
        {t('journeys.rfmMethod.title')}
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>{t('journeys.rfmMethod.recency')}</List.Item>
        <List.Item>{t('journeys.rfmMethod.frequency', { groups: frequencyGroups(t, format, method.frequencyFrom) })}</List.Item>
        <List.Item>{t('journeys.rfmMethod.monetary', { groups: monetaryGroups(t, format, method.monetaryFrom, currency) })}</List.Item>
        <List.Item>{t('journeys.rfmMethod.names')}</List.Item>
      </List>
    </Stack>
  );
}

function RfmSection() {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const currency = useShopCurrency();
  const grid = useRequest('lifecycle.rfm', {});
  return (
    <Section title={t('journeys.rfmTitle')} help={t('journeys.rfmHelp')}>
      <RequestView state={grid}>
        {(data) => {
          const withheld = data.method ? rfmWithheldText(t, data.method) : null;
          return (
            <Stack gap="md">
              {withheld ? (
                <Text size="sm" data-testid="rfm-withheld">
                  {withheld}
                </Text>
              ) : (
                <RfmHeatmap grid={data} currency={currency} onCell={(cell) => go('customers', { rfmCell: { r: cell.r, f: cell.f } })} />
              )}
              {data.method ? <RfmMethodText method={data.method} currency={currency} /> : null}
            </Stack>
          );
        }}
      </RequestView>
    </Section>
  );
}

export function JourneysScreen() {
  const { t } = useTranslation();
  const overview = useRequest('lifecycle.overview', {});
  return (
    <ShopDataGate>
      <ScreenHeader title={t('journeys.title')} description={t('journeys.description')} />
      <RequestView state={overview}>
        {(data) => (
          <Tabs defaultValue="flow" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="flow">{t('journeys.tabs.flow')}</Tabs.Tab>
              <Tabs.Tab value="cohorts">{t('journeys.tabs.cohorts')}</Tabs.Tab>
              <Tabs.Tab value="timing">{t('journeys.tabs.timing')}</Tabs.Tab>
              <Tabs.Tab value="rfm">{t('journeys.tabs.rfm')}</Tabs.Tab>
              <Tabs.Tab value="backtest">{t('journeys.tabs.backtest')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="flow">{data.asOf ? <Flow asOf={data.asOf} /> : null}</Tabs.Panel>
            <Tabs.Panel value="cohorts">
              <CohortSection />
            </Tabs.Panel>
            <Tabs.Panel value="timing">
              <TimingSection thresholds={data.thresholds} />
            </Tabs.Panel>
            <Tabs.Panel value="rfm">
              <RfmSection />
            </Tabs.Panel>
            <Tabs.Panel value="backtest">{data.asOf ? <BacktestSection asOf={data.asOf} /> : null}</Tabs.Panel>
          </Tabs>
        )}
      </RequestView>
    </ShopDataGate>
  );
}
