import { Alert, Button, Grid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { EconomicsReport } from '../../../../shared/domain/economics.ts';
import { useApi } from '../../api/ApiProvider.tsx';
import { bridge } from '../../api/bridge.ts';
import { useRequest } from '../../api/use-request.ts';
import { RequestView } from '../../components/RequestView.tsx';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { Section } from '../../components/Section.tsx';
import { ShopDataGate } from '../imports/ShopDataGate.tsx';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { UploadIcon } from '../../icons/icons.tsx';
import { AcquisitionTable } from './AcquisitionTable.tsx';
import { ChannelLinksEditor } from './ChannelLinksEditor.tsx';
import { EconomicsKpis } from './EconomicsKpis.tsx';
import { RepeatRatePanel } from './RepeatRatePanel.tsx';
import { RevenueMixChart } from './RevenueMixChart.tsx';
import { SpendEditor } from './SpendEditor.tsx';
import { useAction, type Action } from '../../components/use-action.ts';

/** "Import spend CSV…": the OS file chooser, then the core reads the file; a bad cell is reported with its line. */
function ImportSpendButton({ action }: { action: Action }) {
  const { t } = useTranslation('economics');
  const api = useApi();
  const importFile = () =>
    void action.run(async () => {
      const [path] = await bridge().chooseFiles('import');
      if (!path) return;
      const result = await api.request('economics.importSpend', { path });
      notifications.show({ color: 'teal', message: t('form.imported', { count: result.imported }) });
    });
  return (
    <Button variant="default" leftSection={<UploadIcon size={16} />} onClick={importFile} loading={action.busy} data-testid="import-spend">
      {t('form.importCsv')}
    </Button>
  );
}

function SpendSection({ currency }: { currency: string | null }) {
  const { t } = useTranslation('economics');
  const spend = useRequest('economics.spend', {});
  const importing = useAction();
  return (
    <Stack gap="lg">
      <Section title={t('sections.spend')} help={t('sections.spendHelp')} testId="spend-editor" controls={<ImportSpendButton action={importing} />}>
        {importing.error ? <ErrorMessage error={importing.error} /> : null}
        <RequestView state={spend}>{(data) => <SpendEditor entries={data.spend} currency={currency} />}</RequestView>
        <Text size="xs" c="dimmed">
          {t('form.csvHint')}
        </Text>
      </Section>
      <Section title={t('sections.links')} help={t('form.linksHelp')}>
        <RequestView state={spend}>{(data) => <ChannelLinksEditor links={data.links} channelsInUse={[...new Set(data.spend.map((entry) => entry.channel))]} />}</RequestView>
      </Section>
    </Stack>
  );
}

function Report({ report }: { report: EconomicsReport }) {
  const { t } = useTranslation('economics');
  return (
    <Stack gap="lg" data-testid="spend-report" data-has-spend={report.hasSpend}>
      {report.hasSpend ? null : (
        <Alert variant="light" color="blue" radius="lg" data-testid="no-spend">
          <Text size="sm">{t('noSpend')}</Text>
        </Alert>
      )}
      <EconomicsKpis report={report} />
      <Section title={t('sections.figures')} help={t('sections.figuresHelp')} testId="acquisition">
        <AcquisitionTable report={report} />
      </Section>
      <Section title={t('sections.mix')} help={t('sections.mixHelp')} testId="revenue-mix">
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <RevenueMixChart rows={report.revenueMix} currency={report.currency} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <RepeatRatePanel rows={report.revenueMix} />
          </Grid.Col>
        </Grid>
      </Section>
      <SpendSection currency={report.currency} />
    </Stack>
  );
}

/** Spend & payback: what new customers cost against what they bring in, and new vs returning revenue. */
export function SpendScreen() {
  const { t } = useTranslation('economics');
  const report = useRequest('economics.report', {});
  return (
    <ShopDataGate>
      <ScreenHeader title={t('title')} description={t('intro')} />
      <RequestView state={report}>{(data) => <Report report={data} />}</RequestView>
    </ShopDataGate>
  );
}
