import { useState } from 'react';
import { Button, CloseButton, Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerTypeCheck, ImportFileResult, ImportReport, TrafficImport } from '../../../../shared/domain/imports.ts';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';
import { useFormat } from '../../i18n/format.ts';
import { translateOr } from '../../i18n/translate-or.ts';
import { AlertIcon, CheckIcon } from '../../icons/icons.tsx';
import { useImport, type ImportState } from './ImportProvider.tsx';
import { ApiError } from '../../api/api-error.ts';
import { MappingDialog } from './MappingDialog.tsx';

/** Refusals the mapping step can answer: columns Regulars does not know, a mapping that does not fit, dates it cannot tell. */
const MAPPABLE = new Set(['imports:errors.notAnExport', 'imports:errors.needsMapping', 'imports:errors.mappingIncomplete', 'imports:errors.mappingColumnMissing', 'imports:errors.ambiguousDates', 'imports:errors.unknownDates']);

/** A warning's text: the import catalog's, else the other stores' catalog's, else the core's English. */
function warningKey(i18n: ReturnType<typeof useTranslation>['i18n'], code: string, count: number): string {
  return i18n.exists(`imports:warnings.${code}`, { count }) ? `imports:warnings.${code}` : `presets:warnings.${code}`;
}

/** The export's own new/returning against Regulars' finding. */
function CustomerTypes({ check }: { check: CustomerTypeCheck }) {
  const { t } = useTranslation('presets');
  return (
    <div data-testid="customer-type-check">
      <Text size="sm" fw={600}>
        {t('customerTypes.title')}
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('customerTypes.agree', { count: check.agree, compared: check.compared })}</List.Item>
        {check.exportReturningFoundNew > 0 ? <List.Item>{t('customerTypes.returningFoundNew', { count: check.exportReturningFoundNew })}</List.Item> : null}
        {check.exportNewFoundReturning > 0 ? <List.Item>{t('customerTypes.newFoundReturning', { count: check.exportNewFoundReturning })}</List.Item> : null}
      </List>
    </div>
  );
}

function baseName(path: string | undefined): string {
  return path ? (path.split(/[\\/]/).pop() ?? path) : '';
}

function Running({ state }: { state: Extract<ImportState, { status: 'running' }> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { cancel } = useImport();
  const progress = state.progress;
  const percent = progress?.percent ?? null;
  return (
    <Stack gap="sm" data-testid="import-progress">
      <Title order={4}>{t('importJob.title')}</Title>
      {progress?.file ? <Text size="sm">{t('importJob.file', { file: baseName(progress.file) })}</Text> : null}
      <Text size="sm" c="dimmed">
        {progress ? translateOr(i18n, `app:jobPhase.${progress.phase}`, progress.phase) : t('importJob.starting')}
      </Text>
      <Progress
        value={percent ?? 100}
        animated={percent === null}
        striped={percent === null}
        size="lg"
        aria-label={t('importJob.title')}
        aria-valuetext={percent === null ? t('importJob.starting') : t('importJob.percent', { percent: format.percent(percent / 100, 0) })}
      />
      <Group justify="space-between" gap="xs">
        <Text size="sm" data-testid="import-rate">
          {progress?.rows !== undefined ? t('importJob.rows', { count: progress.rows }) : ''}
          {progress?.rowsPerSecond !== undefined ? ` · ${t('importJob.rate', { count: Math.round(progress.rowsPerSecond) })}` : ''}
        </Text>
        {percent !== null ? <Text size="sm">{t('importJob.percent', { percent: format.percent(percent / 100, 0) })}</Text> : null}
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={cancel} disabled={!progress || state.cancelling} loading={state.cancelling}>
          {state.cancelling ? t('importJob.cancelling') : t('importJob.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** What a traffic report stored: its days or months, their sessions, and the figures it replaced. */
function TrafficLine({ fileName, traffic }: { fileName: string; traffic: TrafficImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = (p: string) => (p.length === 7 ? format.month(p) : format.date(p));
  const params = { file: fileName, count: traffic.periods, first: period(traffic.first), last: period(traffic.last), sessions: format.number(traffic.sessions) };
  return (
    <Text size="sm" data-testid="traffic-imported">
      {traffic.granularity === 'day' ? t('importJob.trafficDays', params) : t('importJob.trafficMonths', params)}
      {traffic.replaced > 0 ? ` ${t('importJob.trafficReplaced', { count: traffic.replaced })}` : ''}
    </Text>
  );
}

function total(reports: ImportReport[], field: 'ordersAdded' | 'ordersUpdated' | 'customersAdded' | 'rows'): number {
  return reports.reduce((sum, report) => sum + report[field], 0);
}

/** The outcome of one import: totals, each warning with its line numbers, and each file that failed. */
export function ImportSummary({ results, paths = [] }: { results: ImportFileResult[]; paths?: string[] }) {
  const { t, i18n } = useTranslation(['app', 'presets']);
  const format = useFormat();
  const [mappingPath, setMappingPath] = useState<string | null>(null);
  const reports = results.flatMap((r) => (r.ok ? [r.report] : []));
  const failures = results.flatMap((r) => (r.ok ? [] : [r]));
  const figures = [
    { label: t('importJob.ordersAdded'), value: total(reports, 'ordersAdded') },
    { label: t('importJob.ordersUpdated'), value: total(reports, 'ordersUpdated') },
    { label: t('importJob.customersAdded'), value: total(reports, 'customersAdded') },
    { label: t('importJob.rowsRead'), value: total(reports, 'rows') },
  ];
  const warnings = reports.flatMap((report) => report.warnings.map((warning) => ({ file: report.fileName, warning })));
  return (
    <Stack gap="sm" data-testid="import-summary">
      <Group gap="xs">
        {failures.length === 0 ? <CheckIcon color="var(--mantine-color-teal-6)" /> : <AlertIcon color="var(--mantine-color-orange-6)" />}
        <Title order={4}>{failures.length === 0 ? t('importJob.summaryTitle') : t('importJob.summaryPartial')}</Title>
      </Group>
      {reports.some((report) => !report.traffic) ? (
        <SimpleGrid cols={2} spacing="xs">
          {figures.map((figure) => (
            <div key={figure.label}>
              <Text size="xs" c="dimmed">
                {figure.label}
              </Text>
              <Text fw={600} size="lg">
                {format.number(figure.value)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      ) : null}
      {warnings.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            {t('importJob.warnings')}
          </Text>
          <List size="sm" spacing={4}>
            {warnings.map(({ file, warning }) => (
              <List.Item key={`${file}-${warning.code}`}>
                {translateOr(i18n, warningKey(i18n, warning.code, warning.count), warning.message, { count: warning.count })}
                {warning.lines.length > 0 ? (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    ({t('importJob.warningLines', { lines: warning.lines.map((line) => format.number(line)).join(', ') })}
                    {warning.count > warning.lines.length ? `, …; ${t('importJob.warningCount', { total: format.number(warning.count) })}` : ''})
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {reports.flatMap((report) => (report.traffic ? [<TrafficLine key={`traffic-${report.importId}`} fileName={report.fileName} traffic={report.traffic} />] : []))}
      {reports.flatMap((report) => (report.customerTypes ? [<CustomerTypes key={`types-${report.importId}`} check={report.customerTypes} />] : []))}
      {results.map((result, index) => {
        if (result.ok) return null;
        const failure = result;
        const path = paths[index];
        const mappable = path !== undefined && MAPPABLE.has(failure.error.details?.messageKey ?? '');
        return (
          <div key={`${failure.fileName}-${index}`}>
            <Text size="sm" fw={600}>
              {t('importJob.failedFile', { file: baseName(failure.fileName) })}
            </Text>
            <ErrorMessage error={new ApiError(failure.error, translateOr(i18n, `errors:${failure.error.details?.messageKey ?? ''}`, failure.error.message, failure.error.details?.params))} />
            {mappable ? (
              <Button size="xs" mt={6} onClick={() => setMappingPath(path)} data-testid="open-mapping">
                {t('presets:mapping.open')}
              </Button>
            ) : null}
          </div>
        );
      })}
      {mappingPath ? <MappingDialog path={mappingPath} onClose={() => setMappingPath(null)} /> : null}
    </Stack>
  );
}

/** Floating card in the corner while an import runs and after it ends, on whatever screen the user is on. */
export function ImportStatusCard() {
  const { t } = useTranslation();
  const { state, dismiss } = useImport();
  if (state.status === 'idle') return null;
  return (
    <Paper
      withBorder
      shadow="lg"
      p="md"
      radius="lg"
      role="status"
      aria-live="polite"
      style={{ position: 'fixed', right: 24, bottom: 24, width: 380, maxHeight: '70vh', overflowY: 'auto', zIndex: 300 }}
    >
      {state.status !== 'running' ? <CloseButton aria-label={t('importJob.dismiss')} onClick={dismiss} style={{ position: 'absolute', top: 12, right: 12 }} /> : null}
      {state.status === 'running' ? <Running state={state} /> : null}
      {state.status === 'finished' ? <ImportSummary results={state.results} paths={state.paths} /> : null}
      {state.status === 'cancelled' ? (
        <Stack gap="xs" data-testid="import-cancelled">
          <Title order={4}>{t('importJob.cancelledTitle')}</Title>
          <Text size="sm">{t('importJob.cancelledBody')}</Text>
        </Stack>
      ) : null}
      {state.status === 'failed' ? (
        <Stack gap="xs">
          <Title order={4}>{t('importJob.failedTitle')}</Title>
          <ErrorMessage error={state.error} />
        </Stack>
      ) : null}
    </Paper>
  );
}
