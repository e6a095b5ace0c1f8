import { useTranslation } from 'react-i18next';
import { useRequest } from '../../api/use-request.ts';
import { KpiCard } from '../../components/KpiCard.tsx';
import { useFormat } from '../../i18n/format.ts';
import { translateOr } from '../../i18n/translate-or.ts';

/** The purchase model's revenue forecast for the next 90 days, with a warning when the model is not to be trusted. */
export function PredictedRevenueCard({ currency }: { currency: string | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const forecast = useRequest('model.predictedRevenue', {});
  const data = forecast.data;
  if (!data) return <KpiCard testId="kpi-predicted-revenue" label={t('dashboard.predicted90')} value="…" />;
  const trusted = data.verdict === 'reliable';
  const note =
    data.revenue === null
      ? t('dashboard.predicted90Unknown')
      : trusted
        ? t('dashboard.predicted90Note')
        : translateOr(i18n, `model:verdict.${data.verdict}`, data.verdict);
  return <KpiCard testId="kpi-predicted-revenue" label={t('dashboard.predicted90')} value={data.revenue === null ? '—' : format.money(data.revenue, currency)} note={note} noteIsWarning={!trusted} />;
}
