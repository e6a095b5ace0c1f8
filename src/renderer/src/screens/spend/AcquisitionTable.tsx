import { useState } from 'react';
import { Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AcquisitionRow, EconomicsReport, LtvFigure } from '../../../../shared/domain/economics.ts';
import { useFormat } from '../../i18n/format.ts';
import { useChannelNames } from './channel-names.ts';
import { useMonthsFormat } from './months-format.ts';

/** One LTV figure (contribution margin per customer). A period still running is marked: its predicted part on its own line when the model expects more, else "so far". */
function LtvCell({ figure, currency }: { figure: LtvFigure; currency: string | null }) {
  const { t } = useTranslation('economics');
  const format = useFormat();
  const predicted = figure.marginPredictedRemainder ?? 0;
  const running = !figure.complete;
  return (
    <Table.Td ta="right" data-complete={figure.complete}>
      <Group gap={6} justify="flex-end" wrap="nowrap">
        {running && predicted === 0 ? (
          <Text span size="xs" c="dimmed" fs="italic">
            {t('soFar')}
          </Text>
        ) : null}
        <Text span size="sm" c={running ? 'dimmed' : undefined}>
          {format.money(figure.margin + predicted, currency)}
        </Text>
      </Group>
      {running && predicted > 0 ? (
        <Text size="xs" c="violet" data-testid="ltv-predicted">
          {t('predictedPart', { amount: format.money(predicted, currency) })}
        </Text>
      ) : null}
    </Table.Td>
  );
}

function ratioColor(ratio: number): string | undefined {
  if (ratio >= 3) return 'teal';
  return ratio < 1 ? 'orange' : undefined;
}

function Row({ row, currency, withSpend }: { row: AcquisitionRow; currency: string | null; withSpend: boolean }) {
  const { t } = useTranslation('economics');
  const format = useFormat();
  const months = useMonthsFormat();
  const dash = <Text size="sm" c="dimmed">—</Text>;
  return (
    <Table.Tr data-month={row.month}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {format.month(row.month)}
        </Text>
      </Table.Td>
      {withSpend ? <Table.Td ta="right">{row.spend === null ? dash : format.money(row.spend, currency)}</Table.Td> : null}
      <Table.Td ta="right">{format.number(row.newCustomers)}</Table.Td>
      {withSpend ? (
        <Table.Td ta="right" data-testid="cell-cac">
          {row.cac === null ? dash : format.money(row.cac, currency)}
        </Table.Td>
      ) : null}
      {row.ltv.map((figure) => (
        <LtvCell key={figure.horizonMonths} figure={figure} currency={currency} />
      ))}
      {withSpend ? (
        <>
          <Table.Td ta="right" data-testid="cell-ltv-to-cac">
            {row.ltvToCac === null ? dash : (
              <Text size="sm" fw={600} c={ratioColor(row.ltvToCac)}>
                {format.number(row.ltvToCac, 1)}×
              </Text>
            )}
          </Table.Td>
          <Table.Td ta="right" data-testid="cell-payback">
            {row.cac === null ? dash : row.paybackMonths === null ? (
              <Text size="sm" c="dimmed">
                {t('notYet')}
              </Text>
            ) : (
              months(row.paybackMonths)
            )}
          </Table.Td>
        </>
      ) : null}
    </Table.Tr>
  );
}

/**
 * New customers, CAC, LTV at 3/6/12 months, LTV:CAC and payback per first-purchase month, for the whole
 * shop or one channel. Without spend only the value side is shown.
 */
export function AcquisitionTable({ report }: { report: EconomicsReport }) {
  const { t } = useTranslation('economics');
  const names = useChannelNames();
  const [channel, setChannel] = useState('all');
  const [monthsShown, setMonthsShown] = useState<'withSpend' | 'all'>('withSpend');
  const channels = ['all', ...report.channels];
  const shown = channels.includes(channel) ? channel : 'all';
  const withSpend = report.hasSpend;
  const onlySpendMonths = withSpend && monthsShown === 'withSpend';
  const spendMonths = new Set(report.acquisition.filter((row) => row.channel === 'all' && row.spend !== null).map((row) => row.month));
  const rows = report.acquisition.filter((row) => row.channel === shown && (!onlySpendMonths || spendMonths.has(row.month))).toReversed();
  const columns = [
    { key: 'month', label: t('columns.month'), align: 'left' },
    ...(withSpend ? [{ key: 'spend', label: t('columns.spend') }] : []),
    { key: 'newCustomers', label: t('columns.newCustomers') },
    ...(withSpend ? [{ key: 'cac', label: t('columns.cac') }] : []),
    { key: 'ltv3', label: t('columns.ltv3') },
    { key: 'ltv6', label: t('columns.ltv6') },
    { key: 'ltv12', label: t('columns.ltv12') },
    ...(withSpend ? [{ key: 'ltvToCac', label: t('columns.ltvToCac') }, { key: 'payback', label: t('columns.payback') }] : []),
  ];
  return (
    <Stack gap="sm">
      {withSpend || channels.length > 2 ? (
        <Group align="flex-end" gap="md">
          {withSpend ? (
            <SegmentedControl
              value={monthsShown}
              onChange={(value) => setMonthsShown(value === 'all' ? 'all' : 'withSpend')}
              data={[
                { value: 'withSpend', label: t('monthsShown.withSpend') },
                { value: 'all', label: t('monthsShown.all') },
              ]}
              data-testid="figures-months"
            />
          ) : null}
          {channels.length > 2 ? (
            <Select
              label={t('columns.channel')}
              data={channels.map((value) => ({ value, label: names.label(value) }))}
              value={shown}
              onChange={(value) => setChannel(value ?? 'all')}
              allowDeselect={false}
              w={260}
              data-testid="figures-channel"
            />
          ) : null}
        </Group>
      ) : null}
      <Table.ScrollContainer minWidth={withSpend ? 960 : 640} maxHeight={520}>
        <Table stickyHeader striped verticalSpacing="xs" data-testid="acquisition-table">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.key} ta={column.align === 'left' ? 'left' : 'right'} style={{ verticalAlign: 'bottom', whiteSpace: column.align === 'left' ? 'nowrap' : undefined }}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Row key={row.month} row={row} currency={report.currency} withSpend={withSpend} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('ltvLegend')}
      </Text>
    </Stack>
  );
}
