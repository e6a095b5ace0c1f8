import { useState } from 'react';
import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModelSettings as Settings } from '../../../../shared/domain/model.ts';
import { useApi } from '../../api/ApiProvider.tsx';
import { useRequest } from '../../api/use-request.ts';
import { RequestView } from '../../components/RequestView.tsx';
import { Section } from '../../components/Section.tsx';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';

function ModelForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const api = useApi();
  const [discount, setDiscount] = useState(settings.monthlyDiscountRate * 100);
  const [threshold, setThreshold] = useState(settings.pAliveThreshold * 100);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const changed = discount !== settings.monthlyDiscountRate * 100 || threshold !== settings.pAliveThreshold * 100;
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.request('model.saveSettings', { monthlyDiscountRate: discount / 100, pAliveThreshold: threshold / 100 });
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      <NumberInput label={t('settings.discountRate')} description={t('settings.discountRateHelp')} value={discount} min={0} max={50} step={0.5} decimalScale={2} suffix={` ${t('settings.perMonth')}`} onChange={(value) => setDiscount(Number(value) || 0)} maw={360} />
      <NumberInput label={t('settings.pAliveThreshold')} description={t('settings.pAliveThresholdHelp')} value={threshold} min={1} max={99} step={5} suffix=" %" onChange={(value) => setThreshold(Number(value) || 1)} maw={360} />
      {error ? <ErrorMessage error={error} /> : null}
      <Group justify="flex-end">
        <Button disabled={!changed} loading={busy} onClick={() => void save()}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Discount rate of the predicted value and the P(alive) cut-off of the model's at-risk rule. */
export function ModelSettings() {
  const { t } = useTranslation();
  const settings = useRequest('model.settings', {});
  return (
    <Section title={t('settings.model')} help={t('settings.modelHelp')}>
      <RequestView state={settings}>{(data) => <ModelForm key={JSON.stringify(data)} settings={data} />}</RequestView>
    </Section>
  );
}
