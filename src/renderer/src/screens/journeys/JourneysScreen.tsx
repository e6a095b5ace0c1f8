import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotAvailable } from '../../components/NotAvailable.tsx';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { ShopDataGate } from '../../components/ShopDataGate.tsx';

export function JourneysScreen() {
  const { t } = useTranslation();
  return (
    <ShopDataGate>
      <Stack gap="lg">
        <ScreenHeader title={t('nav.journeys')} />
        <NotAvailable />
      </Stack>
    </ShopDataGate>
  );
}
