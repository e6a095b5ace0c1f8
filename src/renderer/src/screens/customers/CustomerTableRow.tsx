import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { CustomerRow } from '../../../../shared/domain/lifecycle.ts';
import type { Formatters } from '../../i18n/format.ts';
import { columns, type ColumnId } from './customer-columns.tsx';

export const ROW_HEIGHT = 44;

interface Props {
  index: number;
  /** Pixels from the top of the list. */
  top: number;
  /** undefined while its page is loading. */
  row: CustomerRow | undefined;
  visible: ColumnId[];
  template: string;
  selected: boolean;
  onToggle(id: number): void;
  onOpen(id: number): void;
  format: Formatters;
  t: TFunction<['app', 'lifecycle']>;
  currency: string | null;
}

/**
 * One row of the customer list. Memoised: scrolling re-renders only the rows that came into view,
 * and a row whose page is still loading is a single placeholder bar rather than a cell per column.
 */
export const CustomerTableRow = memo(function CustomerTableRow({ index, top, row, visible, template, selected, onToggle, onOpen, format, t, currency }: Props) {
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT, gridTemplateColumns: template };
  if (!row) {
    return (
      <div role="row" aria-rowindex={index + 2} aria-busy className="customer-row" style={style}>
        <div className="row-placeholder" />
      </div>
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-customer-id={row.id}
      tabIndex={0}
      onClick={() => onOpen(row.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen(row.id);
        if (event.key === ' ') {
          event.preventDefault();
          onToggle(row.id);
        }
      }}
      className="customer-row customer-row-loaded"
      aria-selected={selected}
      style={style}
    >
      <div role="cell" className="cell" onClick={(event) => event.stopPropagation()}>
        <input type="checkbox" className="row-check" aria-label={t('customers.select', { name: row.name ?? row.email ?? row.id })} checked={selected} onChange={() => onToggle(row.id)} />
      </div>
      {visible.map((id) => (
        <div key={id} role="cell" className={columns[id].align ? 'cell cell-end' : 'cell'}>
          {columns[id].cell(row, format, t, currency)}
        </div>
      ))}
    </div>
  );
});
