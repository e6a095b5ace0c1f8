import { lazy, Suspense, useState } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LifecycleOverview } from '../../../../shared/domain/lifecycle.ts';
import type { ShopSummary } from '../../../../shared/domain/shop-summary.ts';
import type { KpisSinceImport } from '../../../../shared/api/lifecycle.ts';
import { useRequest } from '../../api/use-request.ts';
import { useNavigation } from '../../navigation/navigation.tsx';
import { ExportDialog } from '../campaigns/ExportDialog.tsx';
import { SuggestionCard } from '../campaigns/SuggestionCard.tsx';
import type { CampaignSuggestion } from '../../../../shared/domain/campaigns.ts';
import { ChangesSinceImport } from '../../components/ChangesSinceImport.tsx';
import { KpiCard } from '../../components/KpiCard.tsx';
import { RequestView } from '../../components/RequestView.tsx';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { Section } from '../../components/Section.tsx';
import { ShopDataGate } from '../imports/ShopDataGate.tsx';
import { campaignText } from '../../i18n/campaign-text.ts';
import { toIsoDay } from '../../i18n/days.ts';
import { useFormat } from '../../i18n/format.ts';
import { StageFlow } from './StageFlow.tsx';
import { kpiChanges } from './kpi-changes.ts';
import { PredictedRevenueCard } from './PredictedRevenueCard.tsx';
import { StageTargetsCard } from '../funnel/StageTargetsCard.tsx';
import { SpendKpiCards } from '../spend/EconomicsKpis.tsx';
import { Loading } from '../../components/Loading.tsx';

/** Loaded after the first paint: the chart library is the largest part of the app. */
const StageAreaChart = lazy(() => import('../../charts/StageAreaChart.tsx').then((m) => ({ default: m.StageAreaChart })));

/** One decimal, as the note shows it (the plural form follows the shown number). */
const round1 = (value: number) => Math.round(value * 10) / 10;

/** How gross sales become net (docs/counting.md), Shopify's own net sales beside them, and the orders. */
function netSalesNote(summary: ShopSummary, t: TFunction, format: ReturnType<typeof useFormat>): string {
  const money = (value: number) => format.money(value, summary.currency);
  const bridge = t('dashboard.netSalesBridge', { gross: money(summary.grossSales), cancelled: money(summary.cancelledSales), refunds: money(summary.refunds) });
  const shopify = summary.shopifyNetSales === null ? '' : ` ${t('dashboard.shopifyNetSales', { value: money(summary.shopifyNetSales) })}`;
  return `${bridge}${shopify} ${t('dashboard.orders')}: ${format.number(summary.orders)}`;
}

function Kpis({ overview, summary, since }: { overview: LifecycleOverview; summary: ShopSummary; since: KpisSinceImport | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (stage: string) => overview.stages.find((figure) => figure.stage === stage)?.customers ?? 0;
  const repeat = overview.repeatBuyers;
  const active = count('new') + count('repeat') + count('loyal') + count('reactivated');
  const clv = overview.simpleClv;
  const changes = since ? kpiChanges(since, t, format, summary.currency) : null;
  return (
    <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md" data-testid="kpis">
      <KpiCard testId="kpi-customers" label={t('dashboard.buyers')} value={format.number(overview.buyers)} note={t('dashboard.buyersNote')} change={changes?.customers} />
      <KpiCard label={t('dashboard.repeatRate')} value={overview.buyers > 0 ? format.percent(repeat / overview.buyers) : '—'} note={t('dashboard.repeatRateNote', { count: repeat })} change={changes?.repeatRate} />
      <KpiCard label={t('dashboard.netSales')} value={format.money(summary.netSales, summary.currency)} note={netSalesNote(summary, t, format)} change={changes?.netSales} testId="kpi-net-sales" />
      <KpiCard
        label={t('dashboard.averageClv')}
        value={format.money(clv.value, summary.currency)}
        note={t('dashboard.averageClvNote', {
          aov: format.money(clv.averageOrderValue, summary.currency),
          perYear: clv.historyDays < 365 ? t('dashboard.clvSoFar', { count: round1(clv.purchasesPerYear) }) : t('dashboard.clvPerYear', { count: round1(clv.purchasesPerYear) }),
          years: clv.yearlyRetention === null ? t('dashboard.clvYearAssumed') : t('dashboard.clvYears', { count: round1(clv.expectedYears) }),
        })}
        change={changes?.averageClv}
      />
      <KpiCard
        label={t('dashboard.activeVsLapsed')}
        value={t('dashboard.activeVsLapsedValue', { active: format.number(active), lapsed: format.number(count('lapsed')) })}
        note={t('dashboard.activeVsLapsedNote', { count: count('at_risk') })}
        change={changes?.activeVsLapsed}
      />
      {since ? <PredictedRevenueCard currency={summary.currency} /> : null}
    </SimpleGrid>
  );
}

function TopSuggestions({ currency }: { currency: string | null }) {
  const { t, i18n } = useTranslation();
  const { go } = useNavigation();
  const suggestions = useRequest('campaigns.suggestions', {});
  const [exporting, setExporting] = useState<CampaignSuggestion | null>(null);
  const top = (suggestions.data ?? []).slice(0, 3);
  if (top.length === 0) return null;
  return (
    <Section title={t('dashboard.suggestions')} testId="top-suggestions" controls={<Text component="button" type="button" c="teal" size="sm" onClick={() => go('campaigns')} style={{ background: 'none', border: 0, cursor: 'pointer' }}>{t('campaigns.seeAll')}</Text>}>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
        {top.map((suggestion) => (
          <SuggestionCard key={suggestion.id} suggestion={suggestion} currency={currency} compact onExport={() => setExporting(suggestion)} />
        ))}
      </SimpleGrid>
      {exporting ? <ExportDialog audience={{ kind: 'suggestion', suggestionId: exporting.id }} name={campaignText(i18n, exporting.title)} defaultFormat={exporting.format} defaultChannel={exporting.channel} onClose={() => setExporting(null)} /> : null}
    </Section>
  );
}

/** Below this many days of orders the chart shows weeks instead of months. */
const WEEKLY_BELOW_DAYS = 90;

/** Days from the shop's first order to its latest (0 without orders). */
function orderSpanDays(summary: ShopSummary): number {
  if (!summary.firstOrderAt || !summary.lastOrderAt) return 0;
  return Math.max(0, Math.floor((Date.parse(summary.lastOrderAt) - Date.parse(summary.firstOrderAt)) / 86_400_000));
}

function StageHistory({ summary }: { summary: ShopSummary }) {
  const { t } = useTranslation();
  const span = orderSpanDays(summary);
  const weekly = span < WEEKLY_BELOW_DAYS;
  const history = useRequest('lifecycle.stageHistory', { granularity: weekly ? 'week' : 'month' });
  return (
    <Section title={t('dashboard.overTime')} help={weekly ? `${t('dashboard.overTimeWeeks')} ${t('dashboard.overTimeRuler')}` : t('dashboard.overTimeRuler')} testId="stage-history">
      <RequestView state={history}>
        {(points) =>
          points.length < 2 ? (
            <Text size="sm" c="dimmed" data-testid="stage-history-empty">
              {t('dashboard.overTimeTooShort', { count: span })}
            </Text>
          ) : (
            <Suspense fallback={<Loading />}>
              <StageAreaChart points={points} />
            </Suspense>
          )
        }
      </RequestView>
    </Section>
  );
}

function Overview({ asOf }: { asOf: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const input = asOf ? { asOf } : {};
  const overview = useRequest('lifecycle.overview', input);
  const summary = useRequest('shop.summary', input);
  // Figures of the current view only: a past as-of day has no "since the last import" nor a forecast.
  const since = useRequest('lifecycle.kpisSinceImport', asOf ? null : {});
  if (!overview.data) return <RequestView state={overview}>{() => null}</RequestView>;
  if (!summary.data) return <RequestView state={summary}>{() => null}</RequestView>;
  const data = overview.data;
  return (
    <Stack gap="lg" data-testid="dashboard">
      <Text size="sm" c="dimmed">
        {asOf ? t('dashboard.asOfNote', { date: format.date(asOf) }) : data.latestOrderDay ? t('dashboard.latestNote', { date: format.date(data.latestOrderDay) }) : ''}
      </Text>
      <Kpis overview={data} summary={summary.data} since={asOf ? null : (since.data ?? null)} />
      <SpendKpiCards asOf={asOf} />
      {asOf ? null : <ChangesSinceImport />}
      {asOf ? null : <StageTargetsCard />}
      <Section title={t('dashboard.lifecycle')} help={t('dashboard.lifecycleHelp')}>
        <StageFlow stages={data.stages} currency={summary.data.currency} />
        {data.vipCutoff !== null ? (
          <Text size="xs" c="dimmed">
            {t('dashboard.vipNote', { cutoff: format.money(data.vipCutoff, summary.data.currency), count: data.vipCustomers })}
          </Text>
        ) : null}
      </Section>
      {asOf ? null : <TopSuggestions currency={summary.data.currency} />}
      {asOf ? null : <StageHistory summary={summary.data} />}
    </Stack>
  );
}

export function DashboardScreen() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<string | null>(null);
  return (
    <ShopDataGate>
      <ScreenHeader title={t('dashboard.title')} description={t('dashboard.description')}>
        <DatePickerInput label={t('dashboard.asOf')} placeholder={t('dashboard.today')} value={asOf} onChange={(value) => setAsOf(toIsoDay(value))} clearable maxDate={new Date()} w={220} valueFormat="LL" data-testid="as-of-picker" />
      </ScreenHeader>
      <Overview asOf={asOf} />
    </ShopDataGate>
  );
}
