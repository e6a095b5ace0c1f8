import { useEffect, useRef } from 'react';
import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../shared/domain/lifecycle.ts';
import { useFormat } from '../../i18n/format.ts';
import { columns, type ColumnId, type SortState } from './customer-columns.tsx';
import { CustomerTableHeader } from './CustomerTableHeader.tsx';
import { CustomerTableRow, ROW_HEIGHT } from './CustomerTableRow.tsx';
import type { PagedRows } from './use-paged-rows.ts';

interface Props {
  rows: PagedRows<CustomerRow>;
  /** Changes whenever filters or sort change: the list scrolls back to the top. */
  queryKey: string;
  visible: ColumnId[];
  sort: SortState;
  onSort(sort: SortState): void;
  selected: ReadonlySet<number>;
  onToggle(id: number): void;
  onOpen(id: number): void;
  currency: string | null;
  height: number | string;
}

const CHECK_WIDTH = 44;

/** The customer list: only the rows on screen are in the DOM, pages load as they scroll into view. */
export function CustomerTable({ rows, queryKey, visible, sort, onSort, selected, onToggle, onOpen, currency, height }: Props) {
  const { t } = useTranslation(['app', 'lifecycle']);
  const format = useFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const total = rows.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
    // The rows are asked for as soon as the range moves, so the request overlaps drawing their placeholders.
    useFlushSync: false,
    onChange: (instance) => {
      const indexes = instance.getVirtualIndexes();
      if (indexes.length) rows.ensureRange(indexes[0], indexes.at(-1)!);
    },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const template = [`${CHECK_WIDTH}px`, ...visible.map((id) => (columns[id].grow ? `minmax(${columns[id].min}px, ${columns[id].grow}fr)` : `${columns[id].min}px`))].join(' ');
  const minWidth = CHECK_WIDTH + visible.reduce((sum, id) => sum + columns[id].min, 0) + 12;

  useEffect(() => {
    rows.ensureRange(first, last);
  }, [rows, first, last]);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  return (
    <Box style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-lg)', overflowX: 'auto', overflowY: 'hidden' }}>
      <Box role="table" aria-rowcount={total + 1} aria-label={t('customers.tableLabel')} data-testid="customer-table" style={{ minWidth }}>
        <CustomerTableHeader visible={visible} template={template} sort={sort} onSort={onSort} />
        <div ref={scroller} style={{ height, overflowY: 'auto', scrollbarGutter: 'stable', contain: 'strict' }} data-testid="customer-scroller">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
            {items.map((item) => {
              const row = rows.rowAt(item.index);
              return (
                <CustomerTableRow
                  key={item.key}
                  index={item.index}
                  top={item.start}
                  row={row}
                  visible={visible}
                  template={template}
                  selected={row !== undefined && selected.has(row.id)}
                  onToggle={onToggle}
                  onOpen={onOpen}
                  format={format}
                  t={t}
                  currency={currency}
                />
              );
            })}
          </div>
        </div>
      </Box>
    </Box>
  );
}
