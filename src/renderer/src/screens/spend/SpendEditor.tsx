import { useState } from 'react';
import { Autocomplete, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SpendEntry } from '../../../../shared/domain/economics.ts';
import { useApi } from '../../api/ApiProvider.tsx';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { useFormat } from '../../i18n/format.ts';
import { isReservedChannel, useChannelNames } from './channel-names.ts';
import { useAction } from '../../components/use-action.ts';

const entryKey = (entry: Pick<SpendEntry, 'month' | 'channel'>) => `${entry.month}\u0000${entry.channel}`;

/** Month, channel and amount: sets that month's spend for the channel (an existing amount is replaced). */
function AddSpendForm({ channelsInUse, currency }: { channelsInUse: string[]; currency: string | null }) {
  const { t } = useTranslation('economics');
  const api = useApi();
  const names = useChannelNames();
  const action = useAction();
  const [month, setMonth] = useState<string | null>(null);
  const [channelText, setChannelText] = useState('');
  const [amount, setAmount] = useState<number | ''>('');
  const channel = names.fromInput(channelText);
  const reserved = isReservedChannel(channel);
  const ready = month !== null && typeof amount === 'number' && amount > 0 && !reserved;

  const add = () => {
    if (!ready) return;
    void action
      .run(() => api.request('economics.saveSpend', { entries: [{ month: month.slice(0, 7), channel, spend: amount }] }))
      .then((ok) => {
        if (!ok) return;
        setAmount('');
        notifications.show({ color: 'teal', message: t('form.saved') });
      });
  };

  return (
    <Stack gap="xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
        data-testid="add-spend-form"
      >
        <Group align="flex-start" gap="sm" wrap="wrap">
          <MonthPickerInput label={t('form.month')} value={month} onChange={setMonth} maxDate={new Date()} valueFormat="MMMM YYYY" w={180} data-testid="spend-month" />
          <Autocomplete
            label={t('form.channel')}
            placeholder={t('form.channelPlaceholder')}
            description={t('form.channelHelp')}
            data={names.suggestions(channelsInUse)}
            value={channelText}
            onChange={setChannelText}
            error={reserved ? t('form.reservedChannel', { name: channelText.trim() }) : undefined}
            maxLength={80}
            w={280}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="spend-channel"
          />
          <NumberInput label={t('form.amount')} value={amount} onChange={(value) => setAmount(typeof value === 'number' ? value : '')} min={0} max={1e12} decimalScale={2} thousandSeparator prefix={currency ? `${currency} ` : undefined} w={180} data-testid="spend-amount" />
          <Button type="submit" mt={25} disabled={!ready} loading={action.busy}>
            {t('form.add')}
          </Button>
        </Group>
      </form>
      {action.error ? <ErrorMessage error={action.error} /> : null}
    </Stack>
  );
}

/** The spend entered so far, editable in place; an amount of 0 or "Remove" deletes an entry. */
function SpendEntries({ entries }: { entries: SpendEntry[] }) {
  const { t: common } = useTranslation();
  const { t } = useTranslation('economics');
  const format = useFormat();
  const api = useApi();
  const names = useChannelNames();
  const action = useAction();
  const [draft, setDraft] = useState<Map<string, number>>(new Map());
  const changed = entries.filter((entry) => draft.has(entryKey(entry)) && draft.get(entryKey(entry)) !== entry.spend);

  const save = (updates: SpendEntry[]) =>
    void action.run(() => api.request('economics.saveSpend', { entries: updates })).then((ok) => {
      if (ok) setDraft(new Map());
    });

  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('form.noEntries')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={520} maxHeight={360}>
        <Table stickyHeader verticalSpacing={6} data-testid="spend-entries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.month')}</Table.Th>
              <Table.Th>{t('form.channel')}</Table.Th>
              <Table.Th ta="right">{t('form.amount')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.toReversed().map((entry) => {
              const key = entryKey(entry);
              const label = `${format.month(entry.month)} · ${names.label(entry.channel)}`;
              return (
                <Table.Tr key={key} data-entry={key}>
                  <Table.Td>{format.month(entry.month)}</Table.Td>
                  <Table.Td>{names.label(entry.channel)}</Table.Td>
                  <Table.Td w={200}>
                    <NumberInput
                      aria-label={`${t('form.amount')}: ${label}`}
                      size="xs"
                      value={draft.get(key) ?? entry.spend}
                      onChange={(value) => setDraft((current) => new Map(current).set(key, typeof value === 'number' ? value : 0))}
                      min={0}
                      max={1e12}
                      decimalScale={2}
                      fixedDecimalScale
                      thousandSeparator
                      disabled={action.busy}
                      styles={{ input: { textAlign: 'right' } }}
                    />
                  </Table.Td>
                  <Table.Td w={100} ta="right">
                    <Button size="xs" variant="subtle" color="gray" aria-label={`${t('form.remove')}: ${label}`} disabled={action.busy} onClick={() => save([{ ...entry, spend: 0 }])}>
                      {t('form.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {changed.length > 0 ? (
        <Group justify="flex-end" gap="sm">
          <Text size="sm" c="dimmed">
            {t('form.unsaved')}
          </Text>
          <Button size="xs" variant="default" onClick={() => setDraft(new Map())} disabled={action.busy}>
            {common('common.reset')}
          </Button>
          <Button size="xs" loading={action.busy} onClick={() => save(changed.map((entry) => ({ ...entry, spend: draft.get(entryKey(entry)) ?? entry.spend })))}>
            {t('form.save')}
          </Button>
        </Group>
      ) : null}
      {action.error ? <ErrorMessage error={action.error} /> : null}
    </Stack>
  );
}

/** Entering spend: the add form, then the entries already saved. */
export function SpendEditor({ entries, currency }: { entries: SpendEntry[]; currency: string | null }) {
  const { t } = useTranslation('economics');
  const channelsInUse = [...new Set(entries.map((entry) => entry.channel))];
  return (
    <Stack gap="md">
      <AddSpendForm channelsInUse={channelsInUse} currency={currency} />
      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('form.entries')}
        </Title>
        <SpendEntries entries={entries} />
      </Stack>
    </Stack>
  );
}
