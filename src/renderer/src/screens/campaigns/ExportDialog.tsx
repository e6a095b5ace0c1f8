import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Modal, SegmentedControl, Select, SimpleGrid, Slider, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { consentChannels, exportFormats, type ConsentChannel, type ExportFormat } from '../../../../shared/domain/campaigns.ts';
import type { RequestInput } from '../../../../shared/api/index.ts';

export type Audience = RequestInput<'campaigns.preview'>['audience'];
import { useApi, useRequestCache } from '../../api/ApiProvider.tsx';
import { bridge } from '../../api/bridge.ts';
import { useRequest } from '../../api/use-request.ts';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { useFormat } from '../../i18n/format.ts';
import { translateOr } from '../../i18n/translate-or.ts';

interface Props {
  audience: Audience;
  /** Used for the suggested file name and the campaign's name. */
  name: string;
  defaultFormat?: ExportFormat;
  defaultChannel?: ConsentChannel;
  onClose(): void;
}

function fileNameFor(name: string, format: ExportFormat): string {
  const slug = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'audience';
  return `${slug}-${format}.csv`;
}

/** Choose format, consent channel and holdout; see who is in and who is left out; then save the file. */
export function ExportDialog({ audience, name, defaultFormat = 'csv', defaultChannel = 'email', onClose }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const { refreshAll } = useRequestCache();
  const [fileFormat, setFileFormat] = useState<ExportFormat>(defaultFormat);
  const [channel, setChannel] = useState<ConsentChannel>(defaultChannel);
  const [includeUnsubscribed, setIncludeUnsubscribed] = useState(false);
  const [holdoutPercent, setHoldoutPercent] = useState(10);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const options = { audience, format: fileFormat, channel, includeUnsubscribed, holdoutPercent };
  const preview = useRequest('campaigns.preview', options);

  const save = async () => {
    setError(null);
    const path = await bridge().chooseSaveLocation('export', fileNameFor(name, fileFormat));
    if (!path) return;
    setSaving(true);
    try {
      const result = await api.request('campaigns.export', { ...options, path, name });
      refreshAll();
      notifications.show({ color: 'teal', title: t('exportDialog.title'), message: t('exportDialog.done', { count: result.exported, path: result.path }) });
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setSaving(false);
    }
  };

  const counts = preview.data;
  return (
    <Modal opened onClose={onClose} title={t('exportDialog.title')} size="lg" centered>
      <Stack gap="md" data-testid="export-dialog">
        <Text fw={600}>{name}</Text>
        <Select
          label={t('exportDialog.format')}
          value={fileFormat}
          allowDeselect={false}
          data={exportFormats.map((value) => ({ value, label: translateOr(i18n, `campaigns:formats.${value}`, value) }))}
          onChange={(value) => value && setFileFormat(value as ExportFormat)}
        />
        <div>
          <Text component="label" id="export-channel" size="sm" fw={500} display="block" mb={4}>
            {t('exportDialog.channel')}
          </Text>
          <SegmentedControl aria-labelledby="export-channel" value={channel} onChange={(value) => setChannel(value as ConsentChannel)} data={consentChannels.map((value) => ({ value, label: translateOr(i18n, `campaigns:channels.${value}`, value) }))} />
        </div>
        <Checkbox label={t('exportDialog.includeUnsubscribed')} description={t('exportDialog.includeUnsubscribedHelp')} checked={includeUnsubscribed} onChange={(event) => setIncludeUnsubscribed(event.currentTarget.checked)} />
        <div>
          <Text size="sm" fw={500} id="holdout-label">
            {t('exportDialog.holdout')}: {t('exportDialog.holdoutValue', { percent: format.percent(holdoutPercent / 100, 0) })}
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            {t('exportDialog.holdoutHelp')}
          </Text>
          <Slider aria-labelledby="holdout-label" min={0} max={50} step={5} value={holdoutPercent} onChange={setHoldoutPercent} label={(value) => format.percent(value / 100, 0)} marks={[{ value: 0 }, { value: 10 }, { value: 25 }, { value: 50 }]} />
        </div>
        {preview.error ? <ErrorMessage error={preview.error} onRetry={preview.reload} /> : null}
        {counts ? (
          <Stack gap="xs" data-testid="export-preview" style={{ opacity: preview.loading ? 0.6 : 1 }}>
            <SimpleGrid cols={4} spacing="xs">
              {[
                [t('exportDialog.inAudience'), counts.total],
                [t('exportDialog.eligible'), counts.eligible],
                [t('exportDialog.inFile'), counts.exported],
                [t('exportDialog.heldOut'), counts.holdout],
              ].map(([label, value]) => (
                <div key={label}>
                  <Text size="xs" c="dimmed">
                    {label}
                  </Text>
                  <Text fw={650} size="lg">
                    {format.number(Number(value))}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
            {counts.leftOut.length > 0 ? (
              <div>
                <Text size="sm" fw={500}>
                  {t('exportDialog.leftOutTitle')}
                </Text>
                <List size="sm">
                  {counts.leftOut.map((item) => (
                    <List.Item key={item.reason}>
                      {translateOr(i18n, `campaigns:leftOut.${item.reason}`, item.reason)}: {format.number(item.count)}
                    </List.Item>
                  ))}
                </List>
              </div>
            ) : null}
            {counts.includedWithoutConsent > 0 ? (
              <Alert color="orange" variant="light">
                {t('exportDialog.withoutConsent', { count: counts.includedWithoutConsent })}
              </Alert>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('exportDialog.previewing')}
          </Text>
        )}
        {error ? <ErrorMessage error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={saving} disabled={!counts || counts.exported === 0}>
            {t('exportDialog.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
