import { useState } from 'react';
import { Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi, useRequestCache } from '../../api/ApiProvider.tsx';
import { useApiEvent } from '../../api/use-api-event.ts';
import { useLatest } from '../../api/use-latest.ts';
import { useAction } from '../../components/use-action.ts';
import { Section } from '../../components/Section.tsx';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { campaignText } from '../../i18n/campaign-text.ts';
import { useFormat } from '../../i18n/format.ts';

const SHARES = [0, 2, 5, 10];

/** The shop-wide control group: its share, and what all the marketing adds over it since the share was set (docs/formats.md). */
export function ControlGroupCard({ currency }: { currency: string | null }) {
  const { t, i18n } = useTranslation(['segments', 'app']);
  const format = useFormat();
  const api = useApi();
  const { refreshAll } = useRequestCache();
  // Asked again at every data change, straight from the core, so a new share shows at once.
  const [version, setVersion] = useState(0);
  useApiEvent('data.changed', () => setVersion((v) => v + 1));
  const report = useLatest(() => api.request('campaigns.controlGroup', {}), version);
  const action = useAction();
  const setShare = (percent: number) =>
    void action.run(async () => {
      await api.request('campaigns.setControlGroup', { percent });
      refreshAll();
      setVersion((v) => v + 1);
    });
  const data = report.data;
  const m = data?.measurement ?? null;
  const points = (x: number) => (Math.round(x * 1000) / 10).toFixed(1);
  return (
    <Section title={t('control.title')} help={t('control.help')} testId="control-group">
      <div>
        <Text component="label" id="control-share" size="sm" fw={500} display="block" mb={4}>
          {t('control.share')}
        </Text>
        <SegmentedControl
          aria-labelledby="control-share"
          value={String(data?.percent ?? 0)}
          onChange={(value) => setShare(Number(value))}
          disabled={action.busy || !data}
          data={SHARES.map((share) => ({ value: String(share), label: share === 0 ? t('control.none') : format.percent(share / 100, 0) }))}
          data-testid="control-share"
        />
      </div>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {report.error ? <ErrorMessage error={report.error} onRetry={report.reload} /> : null}
      {data?.since && m ? (
        <Stack gap="xs" data-testid="control-measurement">
          <Text size="sm" c="dimmed" data-testid="control-since">
            {m.days > 0 ? t('control.since', { day: format.date(data.since), until: format.date(m.dataUntil), count: m.days }) : t('control.waiting', { day: format.date(data.since) })}
          </Text>
          {m.control.people === 0 ? (
            <Text size="sm" data-testid="control-empty">
              {t('control.empty')}
            </Text>
          ) : null}
          {m.control.people > 0 ? (
            <Badge color={m.verdict.code === 'likely_real_gain' ? 'teal' : m.verdict.code === 'likely_real_loss' ? 'red' : 'gray'} variant="light" style={{ textTransform: 'none' }} data-testid="control-verdict">
              {campaignText(i18n, m.verdict.message)}
            </Badge>
          ) : null}
          <Table withTableBorder={false} verticalSpacing={4} fz="sm" maw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('control.group')}</Table.Th>
                <Table.Th ta="right">{t('control.people')}</Table.Th>
                <Table.Th ta="right">{t('control.bought')}</Table.Th>
                <Table.Th ta="right">{t('control.revenue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[
                { label: t('control.controlRow'), group: m.control },
                { label: t('control.marketedRow'), group: m.marketed },
              ].map(({ label, group }) => (
                <Table.Tr key={label}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td ta="right">{format.number(group.people)}</Table.Td>
                  <Table.Td ta="right">{format.percent(group.purchaseRate)}</Table.Td>
                  <Table.Td ta="right">{format.money(group.revenuePerPerson, currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {m.rateDifference !== null && m.rateDifferenceInterval ? (
            <Text size="sm" data-testid="control-rate-difference">
              {t('control.rateDifference', { difference: points(m.rateDifference), low: points(m.rateDifferenceInterval.low), high: points(m.rateDifferenceInterval.high) })}
            </Text>
          ) : null}
          {m.revenueDifference !== null && m.revenueDifferenceInterval ? (
            <Text size="sm">
              {t('control.revenueDifference', {
                difference: format.money(m.revenueDifference, currency),
                low: format.money(m.revenueDifferenceInterval.low, currency),
                high: format.money(m.revenueDifferenceInterval.high, currency),
              })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Section>
  );
}
