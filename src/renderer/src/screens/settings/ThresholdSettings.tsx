import { useState } from 'react';
import { Alert, Badge, Button, Group, NumberInput, Radio, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { THRESHOLD_NAMES, type ThresholdName, type Thresholds } from '../../../../shared/domain/lifecycle.ts';
import { useApi } from '../../api/ApiProvider.tsx';
import { useRequest } from '../../api/use-request.ts';
import { RequestView } from '../../components/RequestView.tsx';
import { Section } from '../../components/Section.tsx';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { useFormat } from '../../i18n/format.ts';

const sourceColors = { data: 'teal', user: 'blue', default: 'gray' } as const;

/** Why a threshold has its value, in words: the shop's own data, a typical-shop default, or a move to keep the order. */
function Explanation({ name, thresholds }: { name: ThresholdName; thresholds: Thresholds }) {
  const { t } = useTranslation();
  const format = useFormat();
  const d = thresholds.derivation;
  if (thresholds[name].adjusted) return <>{t('settings.why.adjusted')}</>;
  if (name === 'atRisk') return <>{t('settings.why.atRisk')}</>;
  if (d.fallback) {
    if (name === 'window') return <>{t('settings.why.typicalWindow')}</>;
    if (name === 'lapse') return <>{t('settings.why.typicalLapse')}</>;
    return <>{t('settings.why.typicalLoyal')}</>;
  }
  if (name === 'window') {
    const share = d.returnedWithinHorizon === null ? '' : ` ${t('settings.why.returnShare', { share: format.percent(d.returnedWithinHorizon, 0) })}`;
    return <>{`${t('settings.why.window', { count: d.windowPercentileDays ?? thresholds.window.derived })}${share}`}</>;
  }
  if (name === 'lapse') {
    if (d.lapseBasis === 'returns') return <>{t('settings.why.lapseReturns', { count: d.lateReturnDays ?? thresholds.lapse.derived })}</>;
    if (d.lapseBasis === 'window') return <>{t('settings.why.lapseWindow', { count: thresholds.window.derived })}</>;
    if (d.lapseCapped) return <>{t('settings.why.lapseCapped')}</>;
    return <>{t('settings.why.lapseGaps', { count: d.medianGapDays ?? 0 })}</>;
  }
  const p90 = d.loyalPercentilePurchases ?? thresholds.loyal.derived;
  return <>{`${t('settings.why.loyal', { count: p90 })}${p90 < thresholds.loyal.derived ? ` ${t('settings.why.loyalFloor')}` : ''}`}</>;
}

function ThresholdTable({ thresholds }: { thresholds: Thresholds }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const [draft, setDraft] = useState<Partial<Record<ThresholdName, number>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const unit = (name: ThresholdName, count: number) => (name === 'loyal' ? t('settings.unitPurchases', { count }) : t('settings.unitDays', { count }));
  const d = thresholds.derivation;

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setDraft({});
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(false);
    }
  };
  const changed = Object.keys(draft).length > 0;

  return (
    <Stack gap="sm">
      {d.fallback ? (
        <Alert variant="light" color="gray" data-testid="threshold-fallback">
          {t('settings.why.fallback', { count: d.repeatCustomers, min: format.number(d.minRepeatCustomers) })}
        </Alert>
      ) : null}
      <Table verticalSpacing="sm" data-testid="threshold-table">
        <Table.Tbody>
          {THRESHOLD_NAMES.map((name) => {
            const value = thresholds[name];
            return (
              <Table.Tr key={name} data-threshold={name}>
                <Table.Td w={220}>
                  <Text size="sm" fw={600}>
                    {t(`settings.threshold.${name}`)}
                  </Text>
                  <Badge size="xs" variant="light" color={sourceColors[value.source]} style={{ textTransform: 'none' }}>
                    {t(`settings.source.${value.source}`)}
                  </Badge>
                </Table.Td>
                <Table.Td w={170}>
                  <NumberInput
                    aria-label={t(`settings.threshold.${name}`)}
                    value={draft[name] ?? value.value}
                    min={name === 'loyal' ? 2 : 1}
                    max={name === 'loyal' ? 1000 : 3650}
                    suffix={` ${unit(name, draft[name] ?? value.value)}`}
                    onChange={(next) => setDraft((current) => ({ ...current, [name]: typeof next === 'number' ? next : Number(next) }))}
                    disabled={busy}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    <Explanation name={name} thresholds={thresholds} />
                  </Text>
                  {value.source === 'user' ? (
                    <Text size="xs" c="dimmed">
                      {t('settings.learned', { value: `${format.number(value.derived)} ${unit(name, value.derived)}` })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td w={100}>
                  {value.source === 'user' ? (
                    <Button size="xs" variant="subtle" disabled={busy} onClick={() => void run(() => api.request('lifecycle.setThresholds', { [name]: null }))}>
                      {t('common.reset')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
          <Table.Tr data-threshold="reactivation">
            <Table.Td>
              <Text size="sm" fw={600}>
                {t('settings.threshold.reactivation')}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{`${format.number(d.reactivationDays)} ${t('settings.unitDays', { count: d.reactivationDays })}`}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {t('settings.why.reactivation', { count: d.reactivationDays })}
              </Text>
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {d.fallback ? null : (
        <Text size="xs" c="dimmed">
          {t('settings.why.dataUpTo', { date: format.date(d.dataUpTo) })}
        </Text>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" disabled={busy} onClick={() => void run(() => api.request('lifecycle.resetThresholds', {}))}>
          {t('settings.resetAll')}
        </Button>
        <Button disabled={!changed} loading={busy} onClick={() => void run(() => api.request('lifecycle.setThresholds', draft))} data-testid="apply-thresholds">
          {t('settings.saveThresholds')}
        </Button>
      </Group>
    </Stack>
  );
}

function AtRiskMode() {
  const { t } = useTranslation();
  const api = useApi();
  const settings = useRequest('lifecycle.settings', {});
  const overview = useRequest('lifecycle.overview', {});
  const [busy, setBusy] = useState(false);
  if (!settings.data) return null;
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('settings.atRiskMode')}
        description={t('settings.atRiskModeHelp')}
        value={settings.data.atRiskMode}
        onChange={(value) => {
          setBusy(true);
          void api.request('lifecycle.setSettings', { atRiskMode: value as 'rules' | 'model' }).finally(() => setBusy(false));
        }}
      >
        <Stack gap={6} mt="xs">
          <Radio value="rules" label={t('settings.atRiskModeRules')} disabled={busy} />
          <Radio value="model" label={t('settings.atRiskModeModel')} disabled={busy} />
        </Stack>
      </Radio.Group>
      {overview.data?.atRiskModeFallback ? (
        <Alert variant="light" color="yellow">
          {t('settings.atRiskFallback')}
        </Alert>
      ) : null}
    </Stack>
  );
}

/** The stage thresholds with where each value comes from, an override per value, and reset. */
export function ThresholdSettings() {
  const { t } = useTranslation();
  const thresholds = useRequest('lifecycle.thresholds', {});
  return (
    <Section title={t('settings.lifecycle')} help={t('settings.lifecycleHelp')} testId="threshold-settings">
      <RequestView state={thresholds}>{(data) => <ThresholdTable thresholds={data} />}</RequestView>
      <AtRiskMode />
    </Section>
  );
}
