import { memo } from 'react';
import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { columnIds, type ColumnId } from './customer-columns.tsx';

/** Which columns the customer list shows; their order stays the natural one. */
export const ColumnChooser = memo(function ColumnChooser({ visible, onChange }: { visible: ColumnId[]; onChange(next: ColumnId[]): void }) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <Button variant="default">{t('customers.columnsButton')}</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          {columnIds.map((id) => (
            <Checkbox
              key={id}
              label={t(`customers.columns.${id}`)}
              checked={visible.includes(id)}
              disabled={id === 'name'}
              onChange={(event) => onChange(event.currentTarget.checked ? columnIds.filter((c) => c === id || visible.includes(c)) : visible.filter((c) => c !== id))}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
});
