import { Badge, List, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FUNNEL_RATES, type FunnelFigures, type FunnelMonth, type FunnelReport } from '../../../../shared/domain/funnel.ts';
import { useFormat } from '../../i18n/format.ts';

const FIGURES = ['sessions', 'newProspects', 'firstPurchases', 'secondPurchases', 'newLoyal', 'wonBack', 'lapsed'] as const;

/** Each rate over the selected months, the period before them and a year earlier, against its target. */
export function RatesTable({ report }: { report: FunnelReport }) {
  const { t } = useTranslation('funnel');
  const format = useFormat();
  const pct = (value: number | null | undefined) => (value === null || value === undefined ? t('noValue') : format.percent(value));
  const periods: [string, FunnelFigures][] = [
    [`${t('period')} (${format.month(report.period.from)} – ${format.month(report.period.to)})`, report.period],
    [t('previous'), report.previous],
    [t('yearEarlier'), report.yearEarlier],
  ];
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" data-testid="funnel-rates-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {periods.map(([label]) => (
              <Table.Th key={label} ta="right">
                {label}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('targets.target')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {FUNNEL_RATES.map((rate) => {
            const value = report.period.rates[rate];
            const target = report.targets[rate];
            return (
              <Table.Tr key={rate} data-rate={rate}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {t(`rates.${rate}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`rateHelp.${rate}`)}
                  </Text>
                </Table.Td>
                {periods.map(([label, figures]) => (
                  <Table.Td key={label} ta="right">
                    {pct(figures.rates[rate])}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{pct(target)}</Table.Td>
                <Table.Td>
                  {target !== undefined && value !== null ? (
                    <Badge variant="light" color={value >= target ? 'teal' : 'orange'}>
                      {value >= target ? t('targets.onTarget') : t('targets.belowTarget')}
                    </Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
          <Table.Tr>
            <Table.Td>
              <Text size="sm" fw={500}>
                {t('sessionConversion')}
              </Text>
            </Table.Td>
            {periods.map(([label, figures]) => (
              <Table.Td key={label} ta="right">
                {pct(figures.sessionConversion)}
              </Table.Td>
            ))}
            <Table.Td />
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every figure and rate of each month; a month the traffic reports cover only in part shows why it has no sessions. */
export function MonthsTable({ months }: { months: FunnelMonth[] }) {
  const { t } = useTranslation('funnel');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={1360}>
      <Table striped verticalSpacing="xs" style={{ whiteSpace: 'nowrap' }} data-testid="funnel-months-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('month')}</Table.Th>
            {FIGURES.map((figure) => (
              <Table.Th key={figure} ta="right">
                <Tooltip label={t(`figureHelp.${figure}`)} multiline w={260}>
                  <span>{t(`figures.${figure}`)}</span>
                </Tooltip>
              </Table.Th>
            ))}
            {FUNNEL_RATES.map((rate) => (
              <Table.Th key={rate} ta="right">
                {t(`rates.${rate}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((m) => (
            <Table.Tr key={m.month} data-month={m.month}>
              <Table.Td>{format.month(m.month)}</Table.Td>
              {FIGURES.map((figure) => (
                <Table.Td key={figure} ta="right">
                  {figure === 'sessions' && m.sessions === null && m.trafficDays > 0 ? (
                    <Text size="xs" c="dimmed" span>
                      {t('partialTraffic', { days: format.number(m.trafficDays), total: format.number(m.days) })}
                    </Text>
                  ) : m[figure] === null ? (
                    t('noValue')
                  ) : (
                    format.number(m[figure] as number)
                  )}
                </Table.Td>
              ))}
              {FUNNEL_RATES.map((rate) => (
                <Table.Td key={rate} ta="right">
                  {m.rates[rate] === null ? t('noValue') : format.percent(m.rates[rate] as number)}
                  {m.yearEarlierRates[rate] !== null ? (
                    <Text size="xs" c="dimmed">
                      {t('yearEarlierRate', { value: format.percent(m.yearEarlierRates[rate] as number) })}
                    </Text>
                  ) : null}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The definition of every figure, in words (docs/funnel.md). */
export function FigureDefinitions() {
  const { t } = useTranslation('funnel');
  return (
    <List size="sm" spacing={4} data-testid="funnel-definitions">
      {FIGURES.map((figure) => (
        <List.Item key={figure}>
          <Text span fw={500} size="sm">
            {t(`figures.${figure}`)}
          </Text>
          {': '}
          {t(`figureHelp.${figure}`)}
        </List.Item>
      ))}
    </List>
  );
}
