import { useState } from 'react';
import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FUNNEL_RATES, type FunnelRate } from '../../../../shared/domain/funnel.ts';
import { useApi } from '../../api/ApiProvider.tsx';
import { useAction } from '../../components/use-action.ts';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';

/** One percent field per rate; an emptied field removes that target. */
export function TargetsEditor({ targets }: { targets: Partial<Record<FunnelRate, number>> }) {
  const { t } = useTranslation('funnel');
  const api = useApi();
  const action = useAction();
  const [percents, setPercents] = useState<Record<FunnelRate, number | ''>>(
    () => Object.fromEntries(FUNNEL_RATES.map((rate) => [rate, targets[rate] === undefined ? '' : Math.round(targets[rate] * 10_000) / 100])) as Record<FunnelRate, number | ''>,
  );
  const save = () =>
    void action
      .run(() => api.request('funnel.saveTargets', { targets: Object.fromEntries(FUNNEL_RATES.map((rate) => [rate, percents[rate] === '' || percents[rate] <= 0 ? null : percents[rate] / 100])) }))
      .then((ok) => {
        if (ok) notifications.show({ color: 'teal', message: t('targets.saved') });
      });
  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end">
        {FUNNEL_RATES.map((rate) => (
          <NumberInput
            key={rate}
            label={t('targets.label', { rate: t(`rates.${rate}`) })}
            value={percents[rate]}
            onChange={(value) => setPercents((before) => ({ ...before, [rate]: typeof value === 'number' ? value : '' }))}
            min={0}
            max={1000}
            decimalScale={2}
            suffix="%"
            w={170}
            data-testid={`target-${rate}`}
          />
        ))}
        <Button onClick={save} loading={action.busy} data-testid="save-targets">
          {t('targets.save')}
        </Button>
      </Group>
      {action.error ? <ErrorMessage error={action.error} /> : null}
    </Stack>
  );
}
