import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider.tsx';
import { Section } from '../../components/Section.tsx';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { DataActionProgress } from './DataActionProgress.tsx';
import { useAction } from '../../components/use-action.ts';

/** The word the user types to confirm; the core refuses the request without it. */
const CONFIRM_WORD = 'DELETE';

function DeleteAllDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const action = useAction();
  const [typed, setTyped] = useState('');
  const confirmed = typed.trim() === CONFIRM_WORD;
  const deleteAll = async () => {
    if (!(await action.run(() => api.request('data.deleteAll', { confirm: CONFIRM_WORD })))) return;
    notifications.show({ color: 'teal', message: t('settings.deleted') });
    onClose();
  };
  return (
    <Modal opened onClose={() => !action.busy && onClose()} title={t('settings.deleteConfirmTitle')} closeOnClickOutside={!action.busy} closeOnEscape={!action.busy} withCloseButton={!action.busy}>
      <Stack gap="sm" data-testid="delete-all-dialog">
        <Text size="sm">{t('settings.deleteConfirmBody')}</Text>
        <TextInput
          label={t('settings.deleteTypeLabel', { word: CONFIRM_WORD })}
          value={typed}
          autoComplete="off"
          data-autofocus
          disabled={action.busy}
          data-testid="delete-all-input"
          onChange={(event) => setTyped(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && confirmed && !action.busy) void deleteAll();
          }}
        />
        {action.busy ? <DataActionProgress text={t('settings.deleting')} /> : null}
        {action.error ? <ErrorMessage error={action.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" disabled={action.busy} onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" disabled={!confirmed} loading={action.busy} data-testid="delete-all-confirm" onClick={() => void deleteAll()}>
            {t('settings.deleteConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Start over: every order, customer and result is removed; display preferences stay. */
export function DeleteAllSettings() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Section title={t('settings.deleteTitle')} help={t('settings.deleteHelp')} testId="delete-all-settings">
      <Group>
        <Button color="red" variant="outline" data-testid="delete-all-button" onClick={() => setOpen(true)}>
          {t('settings.deleteButton')}
        </Button>
      </Group>
      {open ? <DeleteAllDialog onClose={() => setOpen(false)} /> : null}
    </Section>
  );
}
