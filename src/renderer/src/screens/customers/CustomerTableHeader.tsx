import { memo } from 'react';
import { Box, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { columns, type ColumnId, type SortState } from './customer-columns.tsx';
import { ROW_HEIGHT } from './CustomerTableRow.tsx';

interface Props {
  visible: ColumnId[];
  template: string;
  sort: SortState;
  onSort(sort: SortState): void;
}

/** The customer list's header row; a sortable column's header sorts by it. Memoised: scrolling leaves it alone. */
export const CustomerTableHeader = memo(function CustomerTableHeader({ visible, template, sort, onSort }: Props) {
  const { t } = useTranslation();
  const headerCell = (id: ColumnId) => {
    const spec = columns[id];
    const active = spec.sort !== null && sort.field === spec.sort;
    const label = t(`customers.columns.${id}`);
    return (
      <Box key={id} role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} px="xs" ta={spec.align ?? 'left'} style={{ overflow: 'hidden' }}>
        {spec.sort ? (
          <UnstyledButton
            data-sort={spec.sort}
            onClick={() => onSort({ field: spec.sort!, direction: active && sort.direction === 'desc' ? 'asc' : 'desc' })}
            style={{ fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', whiteSpace: 'nowrap' }}
          >
            {label}
            {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
          </UnstyledButton>
        ) : (
          <Text size="sm" fw={600} truncate>
            {label}
          </Text>
        )}
      </Box>
    );
  };
  return (
    <Box role="row" aria-rowindex={1} style={{ display: 'grid', gridTemplateColumns: template, alignItems: 'center', height: ROW_HEIGHT, borderBottom: '1px solid var(--mantine-color-default-border)', background: 'var(--mantine-color-default-hover)', overflowY: 'hidden', scrollbarGutter: 'stable' }}>
      <Box role="columnheader" px="xs">
        <span />
      </Box>
      {visible.map(headerCell)}
    </Box>
  );
});
