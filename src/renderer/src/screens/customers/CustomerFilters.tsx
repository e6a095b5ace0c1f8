import { memo } from 'react';
import { Button, Group, MultiSelect, Pill, Select, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RFM_SEGMENTS, STAGES, type RfmSegment, type Stage } from '../../../../shared/domain/lifecycle.ts';
import { useRequest } from '../../api/use-request.ts';
import { useFormat } from '../../i18n/format.ts';
import { SearchIcon } from '../../icons/icons.tsx';
import { translateOr } from '../../i18n/translate-or.ts';

export interface Filters {
  search: string;
  stage: Stage[];
  segment: RfmSegment[];
  vip: boolean;
  consent: 'any' | 'yes' | 'no';
  country: string[];
  firstProduct: string[];
  cohortMonth: string[];
  /** Stores (order platforms) the customer bought in; the control shows only when the shop sells in several. */
  source: string[];
  /** One cell of the RFM grid (from the Journeys screen); null for all. */
  rfmCell: { r: number; f: number } | null;
}

export const noFilters: Filters = { search: '', stage: [], segment: [], vip: false, consent: 'any', country: [], firstProduct: [], cohortMonth: [], source: [], rfmCell: null };

export function hasFilters(filters: Filters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(noFilters);
}

/** Search box and filter controls above the customer list; each change goes to the server as a new query. */
export const CustomerFilters = memo(function CustomerFilters({ value, onChange, searchText, onSearchText }: { value: Filters; onChange(next: Filters): void; searchText: string; onSearchText(text: string): void }) {
  const { t, i18n } = useTranslation(['app', 'lifecycle', 'presets']);
  const format = useFormat();
  const products = useRequest('lifecycle.firstProducts', { limit: 200 });
  const cohorts = useRequest('lifecycle.cohorts', { dimension: 'month' });
  const stores = useRequest('shop.sources', {});
  const set = <K extends keyof Filters>(key: K, next: Filters[K]) => onChange({ ...value, [key]: next });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('customers.search')}
        placeholder={t('customers.searchPlaceholder')}
        leftSection={<SearchIcon size={16} />}
        value={searchText}
        onChange={(event) => onSearchText(event.currentTarget.value)}
        w={240}
        data-testid="customer-search"
      />
      <MultiSelect
        label={t('customers.filters.stage')}
        placeholder={value.stage.length ? undefined : t('customers.filters.any')}
        data={STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
        value={value.stage}
        onChange={(next) => set('stage', next as Stage[])}
        w={220}
        clearable
        data-testid="filter-stage"
      />
      <MultiSelect
        label={t('customers.filters.segment')}
        placeholder={value.segment.length ? undefined : t('customers.filters.any')}
        data={RFM_SEGMENTS.map((segment) => ({ value: segment, label: t(`lifecycle:segment.${segment}`) }))}
        value={value.segment}
        onChange={(next) => set('segment', next as RfmSegment[])}
        w={220}
        clearable
      />
      <Select
        label={t('customers.filters.consent')}
        data={[
          { value: 'any', label: t('customers.filters.any') },
          { value: 'yes', label: t('customers.consentYes') },
          { value: 'no', label: t('customers.consentNo') },
        ]}
        value={value.consent}
        allowDeselect={false}
        onChange={(next) => set('consent', (next ?? 'any') as Filters['consent'])}
        w={150}
      />
      <Select
        label={t('customers.filters.vip')}
        data={[
          { value: 'any', label: t('customers.filters.any') },
          { value: 'vip', label: t('customers.filters.vipOnly') },
        ]}
        value={value.vip ? 'vip' : 'any'}
        allowDeselect={false}
        onChange={(next) => set('vip', next === 'vip')}
        w={130}
      />
      <TagsInput label={t('customers.filters.country')} placeholder={value.country.length ? undefined : t('customers.filters.countryPlaceholder')} value={value.country} onChange={(next) => set('country', next.map((c) => c.trim().toUpperCase()).filter(Boolean))} w={170} clearable />
      <MultiSelect
        label={t('customers.filters.firstProduct')}
        placeholder={value.firstProduct.length ? undefined : t('customers.filters.any')}
        data={(products.data ?? []).map((row) => row.product)}
        value={value.firstProduct}
        onChange={(next) => set('firstProduct', next)}
        searchable
        clearable
        w={220}
      />
      <MultiSelect
        label={t('customers.filters.cohort')}
        placeholder={value.cohortMonth.length ? undefined : t('customers.filters.any')}
        data={(cohorts.data?.rows ?? []).flatMap((row) => (row.key ? [{ value: row.key, label: format.month(row.key) }] : [])).reverse()}
        value={value.cohortMonth}
        onChange={(next) => set('cohortMonth', next)}
        searchable
        clearable
        w={200}
      />
      {(stores.data?.sources.length ?? 0) > 1 ? (
        <MultiSelect
          label={t('presets:storeFilter')}
          placeholder={value.source.length ? undefined : t('customers.filters.any')}
          data={(stores.data?.sources ?? []).map((s) => ({ value: s.source, label: translateOr(i18n, `presets:sources.${s.source}`, s.source) }))}
          value={value.source}
          onChange={(next) => set('source', next)}
          clearable
          w={200}
          data-testid="filter-source"
        />
      ) : null}
      {value.rfmCell ? (
        <Pill size="lg" withRemoveButton onRemove={() => set('rfmCell', null)} removeButtonProps={{ 'aria-label': t('customers.filters.rfmCellRemove') }} data-testid="filter-rfm-cell">
          {t('customers.filters.rfmCell', { r: value.rfmCell.r, f: value.rfmCell.f })}
        </Pill>
      ) : null}
      {hasFilters(value) ? (
        <Button
          variant="subtle"
          onClick={() => {
            onSearchText('');
            onChange(noFilters);
          }}
        >
          {t('customers.filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
});
