import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EconomicsReport } from '../../../../shared/domain/economics.ts';
import { useRequest } from '../../api/use-request.ts';
import { KpiCard } from '../../components/KpiCard.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useMonthsFormat } from './months-format.ts';

const grid = { base: 2, md: 3, xl: 5 } as const;

/** The margin assumptions behind LTV, LTV:CAC and payback, in words. */
function useAssumptions(report: EconomicsReport): string {
  const { t } = useTranslation('economics');
  const format = useFormat();
  const m = report.margin;
  return t('kpiNotes.assumptions', {
    margin: format.percent(m.goodsMargin, 1),
    shipping: format.money(m.shippingCostPerOrder, report.currency),
    feeRate: format.percent(m.paymentFeeRate, 2),
    feeFixed: format.money(m.paymentFeeFixed, report.currency),
  });
}

function LtvToCacCard({ report }: { report: EconomicsReport }) {
  const { t } = useTranslation('economics');
  const format = useFormat();
  const assumptions = useAssumptions(report);
  const { totals } = report;
  const ratio = totals.ltvToCac;
  const months = totals.pooledMonths.map((month) => format.month(month)).join(', ');
  return (
    <KpiCard
      testId="kpi-ltv-to-cac"
      label={t('kpi.ltvToCac')}
      value={ratio === null ? '—' : `${format.number(ratio, 1)}×`}
      note={ratio === null ? t('kpiNotes.ltvToCacWaiting') : t(totals.pooledPredicted ? 'kpiNotes.ltvToCacPredicted' : 'kpiNotes.ltvToCac', { months, assumptions })}
    />
  );
}

function PaybackCard({ totals }: { totals: EconomicsReport['totals'] }) {
  const { t } = useTranslation('economics');
  const months = useMonthsFormat();
  const known = totals.paybackMonths !== null;
  return (
    <KpiCard
      testId="kpi-payback"
      label={t('kpi.payback')}
      value={totals.paybackMonths !== null ? months(totals.paybackMonths) : t('notYet')}
      note={known ? t('kpiNotes.payback') : t('kpiNotes.paybackWaiting')}
    />
  );
}

/** The Spend page's headline figures; the cost side only once spend has been entered. */
export function EconomicsKpis({ report }: { report: EconomicsReport }) {
  const { t } = useTranslation('economics');
  const format = useFormat();
  const { totals, currency } = report;
  const assumptions = useAssumptions(report);
  const spendMonths = new Set(report.acquisition.filter((row) => row.channel === 'all' && row.spend !== null).map((row) => row.month)).size;
  return (
    <SimpleGrid cols={grid} spacing="md" data-testid="spend-kpis">
      {report.hasSpend ? (
        <>
          <KpiCard testId="kpi-spend" label={t('columns.spend')} value={format.money(totals.spend, currency)} note={t('kpiNotes.spend', { count: spendMonths })} />
          <KpiCard testId="kpi-cac" label={t('columns.cac')} value={totals.cac === null ? '—' : format.money(totals.cac, currency)} note={t('kpiNotes.cac', { count: totals.newCustomers })} />
        </>
      ) : null}
      <KpiCard
        testId="kpi-ltv12"
        label={t('columns.ltv12')}
        value={totals.ltv12 === null ? '—' : format.money(totals.ltv12, currency)}
        note={t('kpiNotes.ltv12', { revenue: totals.revenueLtv12 === null ? '—' : format.money(totals.revenueLtv12, currency), assumptions })}
      />
      {report.hasSpend ? (
        <>
          <LtvToCacCard report={report} />
          <PaybackCard totals={totals} />
        </>
      ) : null}
      {report.hasSpend ? null : (
        <KpiCard testId="kpi-returning-share" label={t('kpi.returningShare')} value={totals.returningShare === null ? '—' : format.percent(totals.returningShare)} note={t('kpiNotes.returningShare')} />
      )}
    </SimpleGrid>
  );
}

/** LTV:CAC and payback for the dashboard, shown only when the owner has entered marketing spend. */
export function SpendKpiCards({ asOf }: { asOf: string | null }) {
  const report = useRequest('economics.report', asOf ? { asOf } : {});
  if (!report.data?.hasSpend) return null;
  return (
    <SimpleGrid cols={grid} spacing="md" data-testid="dashboard-spend-kpis">
      <LtvToCacCard report={report.data} />
      <PaybackCard totals={report.data.totals} />
    </SimpleGrid>
  );
}
