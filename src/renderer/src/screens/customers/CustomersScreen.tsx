import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CustomerQuery } from '../../../../shared/api/lifecycle.ts';
import type { CustomerRow } from '../../../../shared/domain/lifecycle.ts';
import { useApi } from '../../api/ApiProvider.tsx';
import { useApiEvent } from '../../api/use-api-event.ts';
import { useNavigation } from '../../navigation/navigation.tsx';
import { ExportDialog } from '../campaigns/ExportDialog.tsx';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { ShopDataGate } from '../imports/ShopDataGate.tsx';
import { useShopCurrency } from '../../components/use-shop-currency.ts';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { useFormat } from '../../i18n/format.ts';
import { rfmWithheldText } from '../../i18n/rfm-text.ts';
import { useRequest } from '../../api/use-request.ts';
import { CustomerProfileDrawer } from '../profile/CustomerProfileDrawer.tsx';
import { ColumnChooser } from './ColumnChooser.tsx';
import { CustomerFilters, hasFilters, noFilters, type Filters } from './CustomerFilters.tsx';
import { CustomerTable } from './CustomerTable.tsx';
import { defaultColumns, type ColumnId, type SortState } from './customer-columns.tsx';
import { usePagedRows } from './use-paged-rows.ts';
import { SegmentBuilder } from './SegmentBuilder.tsx';
import { SavedSegments } from './SavedSegments.tsx';
import type { SavedSegment } from '../../../../shared/domain/campaigns.ts';

type ListQuery = Omit<Partial<CustomerQuery>, 'offset' | 'limit'>;

function toQuery(filters: Filters, sort: SortState, rule: string | null): ListQuery {
  const query: ListQuery = { sort: sort.field, direction: sort.direction };
  if (rule !== null) query.rule = rule;
  if (filters.search.trim()) query.search = filters.search.trim().slice(0, 100);
  if (filters.stage.length) query.stage = filters.stage;
  if (filters.segment.length) query.segment = filters.segment;
  if (filters.vip) query.vip = true;
  if (filters.consent !== 'any') query.acceptsEmail = filters.consent === 'yes';
  if (filters.country.length) query.country = filters.country;
  if (filters.firstProduct.length) query.firstProduct = filters.firstProduct;
  if (filters.cohortMonth.length) query.cohortMonth = filters.cohortMonth;
  if (filters.source.length) query.source = filters.source;
  if (filters.rfmCell) {
    query.recency = filters.rfmCell.r;
    query.frequency = filters.rfmCell.f;
  }
  return query;
}

function CustomerList() {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const currency = useShopCurrency();
  const { params } = useNavigation();
  const [filters, setFilters] = useState<Filters>(() => ({ ...noFilters, stage: params.stage ? [params.stage] : [], segment: params.segment ? [params.segment] : [], rfmCell: params.rfmCell ?? null }));
  const [searchText, setSearchText] = useState('');
  const [debouncedSearch] = useDebouncedValue(searchText, 250);
  const [sort, setSort] = useState<SortState>({ field: 'netValue', direction: 'desc' });
  const [visible, setVisible] = useState<ColumnId[]>(defaultColumns);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [openId, setOpenId] = useState<number | null>(params.customerId ?? null);
  const [exporting, setExporting] = useState(false);
  const [rule, setRule] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<{ rule: string; name: string; nonce: number } | null>(null);
  const [exportingSegment, setExportingSegment] = useState<SavedSegment | null>(null);
  const showSegment = useCallback((segment: SavedSegment) => {
    setLoaded((previous) => ({ rule: segment.rule, name: segment.name, nonce: (previous?.nonce ?? 0) + 1 }));
    setRule(segment.rule);
  }, []);

  useEffect(() => setFilters((current) => (current.search === debouncedSearch ? current : { ...current, search: debouncedSearch })), [debouncedSearch]);

  const query = useMemo(() => toQuery(filters, sort, rule), [filters, sort, rule]);
  const [dataVersion, setDataVersion] = useState(0);
  useApiEvent('data.changed', () => setDataVersion((v) => v + 1));
  const queryKey = `${dataVersion}:${JSON.stringify(query)}`;
  const fetchPage = useCallback((offset: number, limit: number) => api.request('lifecycle.customers', { ...query, offset, limit }), [api, query]);
  const rows = usePagedRows<CustomerRow>(queryKey, fetchPage);

  const toggle = useCallback(
    (id: number) =>
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const closeProfile = useCallback(() => setOpenId(null), []);
  const rfm = useRequest('lifecycle.rfm', {});
  const rfmWithheld = rfm.data?.method ? rfmWithheldText(t, rfm.data.method) : null;

  return (
    <Group align="flex-start" gap="md" wrap="nowrap">
    <Box w={260} style={{ flexShrink: 0 }}>
      <SavedSegments onShow={showSegment} onExport={setExportingSegment} />
    </Box>
    <Stack gap="md" style={{ flex: 1, minWidth: 0 }}>
      <SegmentBuilder applied={rule} onApply={setRule} loaded={loaded} />
      <CustomerFilters value={filters} onChange={setFilters} searchText={searchText} onSearchText={setSearchText} />
      {rfmWithheld ? (
        <Text size="sm" c="dimmed" data-testid="rfm-withheld">
          {rfmWithheld}
        </Text>
      ) : null}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="customer-count">
          {rows.total === null ? t('common.loading') : t('customers.count', { count: rows.total })}
        </Text>
        <Group gap="sm">
          {selected.size > 0 ? (
            <>
              <Text size="sm">{t('customers.selected', { number: format.number(selected.size) })}</Text>
              <Button variant="subtle" onClick={() => setSelected(new Set())}>
                {t('customers.clearSelection')}
              </Button>
              <Button onClick={() => setExporting(true)}>{t('customers.exportSelection')}</Button>
            </>
          ) : null}
          <ColumnChooser visible={visible} onChange={setVisible} />
        </Group>
      </Group>
      {rows.error ? <ErrorMessage error={rows.error} /> : null}
      {rows.total === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {hasFilters(filters) || rule !== null ? t('customers.noMatches') : t('customers.count', { count: 0 })}
        </Text>
      ) : (
        <CustomerTable rows={rows} queryKey={rows.refreshing ? '' : queryKey} visible={visible} sort={sort} onSort={setSort} selected={selected} onToggle={toggle} onOpen={setOpenId} currency={currency} height="calc(100vh - 330px)" />
      )}
      <CustomerProfileDrawer customerId={openId} onClose={closeProfile} currency={currency} />
      {exporting ? (
        <ExportDialog
          audience={{ kind: 'customers', customerIds: [...selected], label: t('customers.selectionName', { number: String(selected.size) }) }}
          name={t('customers.selectionName', { number: format.number(selected.size) })}
          onClose={() => setExporting(false)}
        />
      ) : null}
      {exportingSegment ? <ExportDialog audience={{ kind: 'segment', name: exportingSegment.name }} name={exportingSegment.name} onClose={() => setExportingSegment(null)} /> : null}
    </Stack>
    </Group>
  );
}

export function CustomersScreen() {
  const { t } = useTranslation();
  return (
    <ShopDataGate>
      <ScreenHeader title={t('customers.title')} description={t('customers.description')} />
      <CustomerList />
    </ShopDataGate>
  );
}
