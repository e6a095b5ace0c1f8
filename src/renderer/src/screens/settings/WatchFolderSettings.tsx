import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { WatchScan } from '../../../../shared/domain/imports.ts';
import { useApi, useRequestCache } from '../../api/ApiProvider.tsx';
import { bridge } from '../../api/bridge.ts';
import { useApiEvent } from '../../api/use-api-event.ts';
import { useLatest } from '../../api/use-latest.ts';
import { useAction } from '../../components/use-action.ts';
import { Section } from '../../components/Section.tsx';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { translateOr } from '../../i18n/translate-or.ts';

/** Settings > "Watch a folder" (docs/formats.md, "Watching a folder"): the core watches it; this only chooses it. */
export function WatchFolderSettings() {
  const { t } = useTranslation('segments');
  const api = useApi();
  const { refreshAll } = useRequestCache();
  const [version, setVersion] = useState(0);
  useApiEvent('data.changed', () => setVersion((v) => v + 1));
  const current = useLatest(() => api.request('watch.folder', {}), version);
  const action = useAction();
  const setFolder = (folder: string | null) =>
    void action.run(async () => {
      await api.request('watch.setFolder', { folder });
      refreshAll();
      setVersion((v) => v + 1);
    });
  const choose = async () => {
    const [folder] = await bridge().chooseFiles('watch');
    if (folder) setFolder(folder);
  };
  const folder = current.data?.folder ?? null;
  return (
    <Section
      title={t('watch.title')}
      help={t('watch.help')}
      testId="watch-folder"
      controls={
        <>
          <Button variant="light" onClick={() => void choose()} loading={action.busy} data-testid="watch-choose">
            {t('watch.choose')}
          </Button>
          {folder !== null ? (
            <Button variant="subtle" color="gray" onClick={() => setFolder(null)} disabled={action.busy} data-testid="watch-stop">
              {t('watch.stop')}
            </Button>
          ) : null}
        </>
      }
    >
      {folder === null ? (
        <Text size="sm" c="dimmed" data-testid="watch-state">
          {t('watch.none')}
        </Text>
      ) : (
        <Text size="sm" data-testid="watch-state">
          {t('watch.watching', { folder })}
        </Text>
      )}
      {action.error ? <ErrorMessage error={action.error} /> : null}
    </Section>
  );
}

/** One notification per look at the watched folder that imported (or could not import) something. */
export function WatchNotifications() {
  const { t, i18n } = useTranslation('segments');
  useApiEvent('watch.imported', (scan: WatchScan) => {
    if (scan.imported.length > 0) {
      const lines = scan.imported.map((file) =>
        file.kind === 'spend'
          ? t('watch.spendMonths', { count: file.spendRows, file: file.fileName })
          : [
              t('watch.newOrders', { count: file.report.ordersAdded, file: file.fileName }),
              t('watch.updatedOrders', { count: file.report.ordersUpdated }),
              t('watch.newCustomers', { count: file.report.customersAdded }),
            ].join(' · '),
      );
      notifications.show({ color: 'teal', title: t('watch.importedTitle'), message: lines.join('\n'), autoClose: 10_000 });
    }
    if (scan.failed.length > 0) {
      const lines = scan.failed.map((f) => {
        const key = f.error.details?.messageKey;
        return key ? translateOr(i18n, key, f.error.message, f.error.details?.params ?? {}) : f.error.message;
      });
      notifications.show({ color: 'orange', title: t('watch.notImportedTitle'), message: lines.join('\n'), autoClose: false });
    }
  });
  return null;
}
