import type { ReactNode } from 'react';
import { Badge, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { CustomerRow, CustomerSortField } from '../../../../shared/domain/lifecycle.ts';
import { StageBadge } from '../../components/StageBadge.tsx';
import type { Formatters } from '../../i18n/format.ts';

export const columnIds = ['name', 'email', 'phone', 'country', 'stage', 'segment', 'vip', 'consent', 'purchases', 'orders', 'netValue', 'averageOrderValue', 'firstPurchase', 'lastPurchase', 'daysSinceLast', 'firstProduct', 'cohortMonth'] as const;
export type ColumnId = (typeof columnIds)[number];

export const defaultColumns: ColumnId[] = ['name', 'email', 'stage', 'segment', 'purchases', 'netValue', 'lastPurchase', 'daysSinceLast'];

export interface ColumnSpec {
  width: string;
  align?: 'right';
  sort: CustomerSortField | null;
  cell(row: CustomerRow, format: Formatters, t: TFunction, currency: string | null): ReactNode;
}

const dash = '—';

/** How each column of the customer list looks, how wide it is, and which server-side sort it maps to. */
export const columns: Record<ColumnId, ColumnSpec> = {
  name: {
    width: 'minmax(160px, 1.4fr)',
    sort: 'name',
    cell: (row, _f, t) => (
      <Text size="sm" fw={500} truncate>
        {row.name ?? t('customers.noName')}
      </Text>
    ),
  },
  email: { width: 'minmax(180px, 1.6fr)', sort: 'email', cell: (row) => <Text size="sm" truncate>{row.email ?? dash}</Text> },
  phone: { width: '140px', sort: null, cell: (row) => <Text size="sm" truncate>{row.phone ?? dash}</Text> },
  country: { width: '80px', sort: null, cell: (row) => row.country ?? dash },
  stage: { width: '130px', sort: 'stage', cell: (row) => <StageBadge stage={row.stage} /> },
  segment: { width: '160px', sort: 'segment', cell: (row, _f, t) => (row.segment ? <Text size="sm" truncate>{t(`segments.${row.segment}`)}</Text> : dash) },
  vip: {
    width: '64px',
    sort: null,
    cell: (row, _f, t) =>
      row.vip ? (
        <Badge size="sm" variant="filled" color="yellow" c="dark">
          {t('customers.vip')}
        </Badge>
      ) : null,
  },
  consent: {
    width: '110px',
    sort: null,
    cell: (row, _f, t) => (row.acceptsEmail === true ? t('customers.consentYes') : row.acceptsEmail === false ? t('customers.consentNo') : t('customers.consentUnknown')),
  },
  purchases: { width: '96px', align: 'right', sort: 'purchases', cell: (row, f) => f.number(row.purchases) },
  orders: { width: '80px', align: 'right', sort: 'orders', cell: (row, f) => f.number(row.orders) },
  netValue: { width: '120px', align: 'right', sort: 'netValue', cell: (row, f, _t, currency) => f.money(row.netValue, currency) },
  averageOrderValue: { width: '120px', align: 'right', sort: 'averageOrderValue', cell: (row, f, _t, currency) => (row.averageOrderValue === null ? dash : f.money(row.averageOrderValue, currency)) },
  firstPurchase: { width: '120px', sort: 'firstPurchase', cell: (row, f) => f.date(row.firstPurchase) },
  lastPurchase: { width: '120px', sort: 'lastPurchase', cell: (row, f) => f.date(row.lastPurchase) },
  daysSinceLast: { width: '110px', align: 'right', sort: 'daysSinceLast', cell: (row, f) => (row.daysSinceLast === null ? dash : f.number(row.daysSinceLast)) },
  firstProduct: { width: 'minmax(140px, 1fr)', sort: null, cell: (row) => <Text size="sm" truncate>{row.firstProduct ?? dash}</Text> },
  cohortMonth: { width: '100px', sort: null, cell: (row, f) => (row.cohortMonth ? f.month(row.cohortMonth) : dash) },
};
