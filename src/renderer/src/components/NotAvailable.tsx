import { EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown where a screen needs a part of the core that this build does not have yet. */
export function NotAvailable() {
  const { t } = useTranslation();
  return <EmptyState title={t('common.notAvailable')} description={t('common.notAvailableBody')} py="xl" />;
}
