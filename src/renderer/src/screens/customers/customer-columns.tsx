import type { ReactNode } from 'react';
import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { CustomerRow, CustomerSortField } from '../../../../shared/domain/lifecycle.ts';
import { StageTag } from '../../components/StageTag.tsx';
import type { Formatters } from '../../i18n/format.ts';

export const columnIds = ['name', 'email', 'phone', 'country', 'stage', 'segment', 'vip', 'consent', 'purchases', 'orders', 'netValue', 'averageOrderValue', 'firstPurchase', 'lastPurchase', 'daysSinceLast', 'firstProduct', 'cohortMonth'] as const;
export type ColumnId = (typeof columnIds)[number];

export const defaultColumns: ColumnId[] = ['name', 'email', 'stage', 'segment', 'purchases', 'netValue', 'lastPurchase', 'daysSinceLast'];

/** The customer list's order: one sortable column and its direction. */
export interface SortState {
  field: CustomerSortField;
  direction: 'asc' | 'desc';
}

export interface ColumnSpec {
  /** Smallest width in pixels; `grow` columns share the space left over. */
  min: number;
  grow?: number;
  align?: 'right';
  sort: CustomerSortField | null;
  cell(row: CustomerRow, format: Formatters, t: TFunction<['app', 'lifecycle']>, currency: string | null): ReactNode;
}

const dash = '—';

/** How each column of the customer list looks, how wide it is, and which server-side sort it maps to. */
export const columns: Record<ColumnId, ColumnSpec> = {
  name: {
    min: 150, grow: 1.4,
    sort: 'name',
    cell: (row, _f, t) => <span className="cell-text cell-strong">{row.name ?? t('customers.noName')}</span>,
  },
  email: { min: 170, grow: 1.6, sort: 'email', cell: (row) => <span className="cell-text">{row.email ?? dash}</span> },
  phone: { min: 140, sort: null, cell: (row) => <span className="cell-text">{row.phone ?? dash}</span> },
  country: { min: 80, sort: null, cell: (row) => row.country ?? dash },
  stage: { min: 110, sort: 'stage', cell: (row, _f, t) => <StageTag stage={row.stage} t={t} /> },
  segment: { min: 150, sort: 'segment', cell: (row, _f, t) => (row.segment ? <span className="cell-text">{t(`lifecycle:segment.${row.segment}`)}</span> : dash) },
  vip: {
    min: 64,
    sort: null,
    cell: (row, _f, t) =>
      row.vip ? (
        <Badge size="sm" variant="filled" color="yellow" c="dark">
          {t('customers.vip')}
        </Badge>
      ) : null,
  },
  consent: {
    min: 110,
    sort: null,
    cell: (row, _f, t) => (row.acceptsEmail === true ? t('customers.consentYes') : row.acceptsEmail === false ? t('customers.consentNo') : t('customers.consentUnknown')),
  },
  purchases: { min: 90, align: 'right', sort: 'purchases', cell: (row, f) => f.number(row.purchases) },
  orders: { min: 80, align: 'right', sort: 'orders', cell: (row, f) => f.number(row.orders) },
  netValue: { min: 110, align: 'right', sort: 'netValue', cell: (row, f, _t, currency) => f.money(row.netValue, currency) },
  averageOrderValue: { min: 120, align: 'right', sort: 'averageOrderValue', cell: (row, f, _t, currency) => (row.averageOrderValue === null ? dash : f.money(row.averageOrderValue, currency)) },
  firstPurchase: { min: 120, sort: 'firstPurchase', cell: (row, f) => f.date(row.firstPurchase) },
  lastPurchase: { min: 115, sort: 'lastPurchase', cell: (row, f) => f.date(row.lastPurchase) },
  daysSinceLast: { min: 90, align: 'right', sort: 'daysSinceLast', cell: (row, f) => (row.daysSinceLast === null ? dash : f.number(row.daysSinceLast)) },
  firstProduct: { min: 140, grow: 1, sort: null, cell: (row) => <span className="cell-text">{row.firstProduct ?? dash}</span> },
  cohortMonth: { min: 100, sort: null, cell: (row, f) => (row.cohortMonth ? f.month(row.cohortMonth) : dash) },
};
