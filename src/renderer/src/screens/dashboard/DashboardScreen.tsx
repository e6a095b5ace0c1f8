import { useState } from 'react';
import { SimpleGrid, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../api/use-request.ts';
import { KpiCard } from '../../components/KpiCard.tsx';
import { RequestView } from '../../components/RequestView.tsx';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { ShopDataGate } from '../../components/ShopDataGate.tsx';
import { useFormat } from '../../i18n/format.ts';

function ShopFigures({ asOf }: { asOf: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useRequest('shop.summary', asOf ? { asOf } : {});
  return (
    <RequestView state={summary}>
      {(data) => (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <KpiCard testId="kpi-customers" label={t('dashboard.customers')} value={format.number(data.customers)} note={t('dashboard.prospectsNote', { count: format.number(data.prospects) })} />
          <KpiCard label={t('dashboard.orders')} value={format.number(data.orders)} />
          <KpiCard label={t('dashboard.netSales')} value={format.money(data.netSales, data.currency)} />
          <KpiCard label={t('dashboard.period')} value={data.firstOrderAt ? format.date(data.firstOrderAt) : '—'} note={data.lastOrderAt ? t('dashboard.until', { date: format.date(data.lastOrderAt) }) : undefined} />
        </SimpleGrid>
      )}
    </RequestView>
  );
}

export function DashboardScreen() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<string | null>(null);
  return (
    <ShopDataGate>
      <Stack gap="lg">
        <ScreenHeader title={t('dashboard.title')} description={t('dashboard.description')}>
          <DatePickerInput
            label={t('dashboard.asOf')}
            placeholder={t('dashboard.today')}
            value={asOf}
            onChange={(value) => setAsOf(value ? String(value).slice(0, 10) : null)}
            clearable
            maxDate={new Date()}
            w={200}
            valueFormat="LL"
          />
        </ScreenHeader>
        <ShopFigures asOf={asOf} />
      </Stack>
    </ShopDataGate>
  );
}
