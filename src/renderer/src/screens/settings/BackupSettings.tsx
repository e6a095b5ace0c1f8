import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider.tsx';
import { bridge } from '../../api/bridge.ts';
import { useRequest } from '../../api/use-request.ts';
import { Section } from '../../components/Section.tsx';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { DataActionProgress } from './DataActionProgress.tsx';
import { useAction } from '../../components/use-action.ts';
import { fileNameOf } from './file-name.ts';

function suggestedBackupName(): string {
  return `regulars-backup-${new Date().toISOString().slice(0, 10)}.db`;
}

/** Asks before a chosen backup replaces the data, and says what is kept. */
function RestoreDialog({ path, dbPath, onClose }: { path: string; dbPath: string; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const action = useAction();
  const restore = async () => {
    let previous = '';
    const ok = await action.run(async () => {
      previous = (await api.request('data.restore', { path })).previousCopyPath;
    });
    if (!ok) return;
    notifications.show({ color: 'teal', message: t('settings.restored', { path: previous }) });
    onClose();
  };
  return (
    <Modal opened onClose={() => !action.busy && onClose()} title={t('settings.restoreTitle')} closeOnClickOutside={!action.busy} closeOnEscape={!action.busy} withCloseButton={!action.busy}>
      <Stack gap="sm" data-testid="restore-dialog">
        <Text size="sm">{t('settings.restoreBody', { file: fileNameOf(path) })}</Text>
        <Text size="sm" c="dimmed">
          {t('settings.restoreSafety', { file: `${fileNameOf(dbPath)}.before-restore.bak` })}
        </Text>
        {action.busy ? <DataActionProgress text={t('settings.restoring')} /> : null}
        {action.error ? <ErrorMessage error={action.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" disabled={action.busy} onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={action.busy} data-testid="restore-confirm" onClick={() => void restore()}>
            {t('settings.restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Save the database to a file of the user's choice, or put such a file back. */
export function BackupSettings() {
  const { t } = useTranslation();
  const api = useApi();
  const info = useRequest('app.info', {});
  const backup = useAction();
  const [restorePath, setRestorePath] = useState<string | null>(null);

  const saveBackup = async () => {
    const path = await bridge().chooseSaveLocation('backup', suggestedBackupName());
    if (!path) return;
    let saved = '';
    const ok = await backup.run(async () => {
      saved = (await api.request('data.backup', { path })).path;
    });
    if (ok) notifications.show({ color: 'teal', message: t('settings.backupSaved', { path: saved }) });
  };
  const chooseRestore = async () => {
    backup.clearError();
    const [path] = await bridge().chooseFiles('restore');
    if (path) setRestorePath(path);
  };

  return (
    <Section title={t('settings.backupTitle')} help={t('settings.backupHelp')} testId="backup-settings">
      <Group gap="sm">
        <Button loading={backup.busy} data-testid="backup-button" onClick={() => void saveBackup()}>
          {t('settings.backup')}
        </Button>
        <Button variant="default" disabled={backup.busy || !info.data} data-testid="restore-button" onClick={() => void chooseRestore()}>
          {t('settings.restore')}
        </Button>
      </Group>
      {backup.busy ? <DataActionProgress text={t('settings.backingUp')} /> : null}
      {backup.error ? <ErrorMessage error={backup.error} /> : null}
      {restorePath && info.data ? <RestoreDialog path={restorePath} dbPath={info.data.dbPath} onClose={() => setRestorePath(null)} /> : null}
    </Section>
  );
}
