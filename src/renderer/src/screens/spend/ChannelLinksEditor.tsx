import { useState } from 'react';
import { Autocomplete, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ChannelLink } from '../../../../shared/domain/economics.ts';
import { useApi } from '../../api/ApiProvider.tsx';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { GENERAL_CHANNEL, isReservedChannel, useChannelNames } from './channel-names.ts';
import { useAction } from '../../components/use-action.ts';

interface DraftLink {
  id: number;
  matchKind: ChannelLink['matchKind'];
  pattern: string;
  /** What the owner typed or picked; turned into a stored channel on save. */
  channelText: string;
}

let nextId = 0;
const toDraft = (link: ChannelLink, label: (channel: string) => string): DraftLink => ({ id: ++nextId, matchKind: link.matchKind, pattern: link.pattern, channelText: label(link.channel) });

/**
 * The rules that give a new customer a channel: their first order's Source or discount code.
 * Edited as one list and saved at once; customers without a match stay unattributed.
 */
export function ChannelLinksEditor({ links, channelsInUse }: { links: ChannelLink[]; channelsInUse: string[] }) {
  const { t: common } = useTranslation();
  const { t } = useTranslation('economics');
  const api = useApi();
  const names = useChannelNames();
  const action = useAction();
  const [draft, setDraft] = useState<DraftLink[] | null>(null);
  const rows = draft ?? links.map((link) => toDraft(link, names.label));
  const update = (id: number, patch: Partial<DraftLink>) => setDraft(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  const channelOf = (row: DraftLink) => {
    const channel = names.fromInput(row.channelText);
    return channel === GENERAL_CHANNEL ? '' : channel;
  };
  const invalid = rows.some((row) => row.pattern.trim() === '' || channelOf(row) === '' || isReservedChannel(channelOf(row)));

  const save = () =>
    void action
      .run(() => api.request('economics.saveLinks', { links: rows.map((row) => ({ matchKind: row.matchKind, pattern: row.pattern.trim(), channel: channelOf(row) })) }))
      .then((ok) => {
        if (!ok) return;
        setDraft(null);
        notifications.show({ color: 'teal', message: t('form.saved') });
      });

  const kinds = [
    { value: 'source', label: t('form.matchSource') },
    { value: 'discount_code', label: t('form.matchDiscount') },
  ];
  return (
    <Stack gap="sm" data-testid="channel-links">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('form.noLinks')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={620}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('form.matchKind')}</Table.Th>
                <Table.Th>{t('form.pattern')}</Table.Th>
                <Table.Th>{t('form.channel')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => {
                const reserved = isReservedChannel(channelOf(row));
                return (
                  <Table.Tr key={row.id}>
                    <Table.Td w={190}>
                      <Select size="xs" aria-label={`${t('form.matchKind')} ${index + 1}`} data={kinds} value={row.matchKind} allowDeselect={false} onChange={(value) => update(row.id, { matchKind: value === 'discount_code' ? 'discount_code' : 'source' })} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput size="xs" aria-label={`${t('form.pattern')} ${index + 1}`} value={row.pattern} maxLength={200} onChange={(event) => update(row.id, { pattern: event.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <Autocomplete
                        size="xs"
                        aria-label={`${t('form.channel')} ${index + 1}`}
                        data={names.suggestions(channelsInUse)}
                        value={row.channelText}
                        maxLength={80}
                        onChange={(value) => update(row.id, { channelText: value })}
                        error={reserved ? t('form.reservedChannel', { name: row.channelText.trim() }) : undefined}
                      />
                    </Table.Td>
                    <Table.Td w={100} ta="right">
                      <Button size="xs" variant="subtle" color="gray" onClick={() => setDraft(rows.filter((other) => other.id !== row.id))}>
                        {t('form.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        <Button size="xs" variant="light" onClick={() => setDraft([...rows, { id: ++nextId, matchKind: 'source', pattern: '', channelText: '' }])}>
          {t('form.addLink')}
        </Button>
        {draft ? (
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {t('form.unsaved')}
            </Text>
            <Button size="xs" variant="default" onClick={() => setDraft(null)} disabled={action.busy}>
              {common('common.reset')}
            </Button>
            <Button size="xs" onClick={save} loading={action.busy} disabled={invalid}>
              {t('form.save')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {action.error ? <ErrorMessage error={action.error} /> : null}
    </Stack>
  );
}
