import { memo } from 'react';
import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../api/use-request.ts';
import { RequestView } from '../../components/RequestView.tsx';
import { CustomerProfileView } from './CustomerProfileView.tsx';

/** The customer profile, sliding in over the list so the list keeps its scroll position. */
export const CustomerProfileDrawer = memo(function CustomerProfileDrawer({ customerId, onClose, currency }: { customerId: number | null; onClose(): void; currency: string | null }) {
  const { t } = useTranslation();
  const profile = useRequest('lifecycle.customer', customerId === null ? null : { id: customerId, ordersLimit: 100 });
  return (
    <Drawer opened={customerId !== null} onClose={onClose} position="right" size={720} title={t('profile.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {customerId !== null ? <RequestView state={profile}>{(data) => <CustomerProfileView profile={data} currency={currency} />}</RequestView> : null}
    </Drawer>
  );
});
