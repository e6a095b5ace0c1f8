import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Modal, ScrollArea, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dateFormats, mappingFields, type ColumnMapping, type DateFormat, type FileInspection, type MappingField } from '../../../../shared/domain/imports.ts';
import { useApi } from '../../api/ApiProvider.tsx';
import { useImport } from './ImportProvider.tsx';

const NOT_MAPPED = '';

/**
 * The mapping step for an order file (or a traffic report, when a sessions column is chosen) Regulars does
 * not know: which column holds what, and how dates are written, starting from the columns Regulars proposes. Importing with it remembers the choice for files
 * with the same header (the CLI uses it too).
 */
export function MappingDialog({ path, onClose }: { path: string; onClose(): void }) {
  const { t } = useTranslation(['presets', 'imports']);
  const api = useApi();
  const { importMapped } = useImport();
  const [inspection, setInspection] = useState<FileInspection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [dateFormat, setDateFormat] = useState<DateFormat | null>(null);

  useEffect(() => {
    let live = true;
    api.request('imports.inspect', { path }).then(
      (found) => {
        if (!live) return;
        setInspection(found);
        setMapping(found.mapping ?? {});
        setDateFormat(found.dateFormat ?? found.dateQuestion?.candidates[0] ?? null);
      },
      (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, path]);

  const columns = (inspection?.headers ?? []).map((header) => {
    const samples = (inspection?.samples[header] ?? []).slice(0, 3).join(', ');
    return { value: header, label: samples ? `${header} (${t('mapping.samples', { samples })})` : header };
  });
  const complete = Boolean(mapping.date && (mapping.amount || mapping.sessions) && dateFormat);
  const fileName = inspection?.fileName ?? path.split(/[\\/]/).pop() ?? path;
  const choose = (field: MappingField, header: string | null) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    setMapping(next);
  };

  return (
    <Modal opened onClose={onClose} title={t('mapping.title', { file: fileName })} size="xl" data-testid="mapping-dialog">
      <Stack gap="sm">
        <Text size="sm">{t('mapping.intro')}</Text>
        {error ? <Alert color="red">{error}</Alert> : null}
        {!inspection && !error ? <Loader size="sm" /> : null}
        {inspection ? (
          <ScrollArea.Autosize mah="55vh">
            <SimpleGrid cols={2} spacing="sm">
              {mappingFields.map((field) => (
                <Select
                  key={field}
                  label={t(`imports:fields.${field}`)}
                  data={[{ value: NOT_MAPPED, label: t('mapping.notMapped') }, ...columns]}
                  value={mapping[field] ?? NOT_MAPPED}
                  onChange={(header) => choose(field, header)}
                  allowDeselect={false}
                  searchable
                  data-testid={`mapping-${field}`}
                />
              ))}
              <Select
                label={t('mapping.dateFormat')}
                data={dateFormats.map((format) => ({ value: format, label: t(`imports:dateFormats.${format}`) }))}
                value={dateFormat}
                onChange={(format) => setDateFormat(format as DateFormat | null)}
                data-testid="mapping-date-format"
              />
            </SimpleGrid>
          </ScrollArea.Autosize>
        ) : null}
        {inspection && !complete ? (
          <Text size="sm" c="orange">
            {t('mapping.required')}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('mapping.cancel')}
          </Button>
          <Button
            disabled={!complete}
            onClick={() => {
              if (!dateFormat) return;
              onClose();
              importMapped({ path, mapping, dateFormat });
            }}
            data-testid="mapping-import"
          >
            {t('mapping.import')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
