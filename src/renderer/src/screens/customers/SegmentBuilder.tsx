import { useEffect, useState } from 'react';
import { ActionIcon, Button, Code, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { operatorsFor, SEGMENT_FIELD_NAMES, SEGMENT_FIELDS, type SegmentField, type SegmentOperator } from '../../../../shared/domain/segment-language.ts';
import type { RfmSegment, Stage } from '../../../../shared/domain/lifecycle.ts';
import { useApi, useRequestCache } from '../../api/ApiProvider.tsx';
import { useRequest } from '../../api/use-request.ts';
import { ApiError } from '../../api/api-error.ts';
import { ErrorMessage } from '../../errors/ErrorMessage.tsx';

/** A field of the language, or `bought` (a product), as the builder's rows offer them. */
type RowField = SegmentField | 'bought';

interface Condition {
  field: RowField;
  op: SegmentOperator;
  value: string;
}

const quote = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** One row as a rule (docs/segments.md); null while its value is empty. */
function conditionText({ field, op, value }: Condition): string | null {
  const text = value.trim();
  if (text === '') return null;
  if (field === 'bought') return `bought ${quote(text)}`;
  const type: string = SEGMENT_FIELDS[field].type;
  return `${field} ${op} ${type === 'text' ? quote(text) : text}`;
}

/** The rows joined with and (all) or or (any). */
function rowsRule(rows: readonly Condition[], combine: 'and' | 'or'): string {
  return rows
    .map(conditionText)
    .filter((part): part is string => part !== null)
    .join(` ${combine} `);
}

const firstValue = (field: RowField): string => {
  if (field === 'bought') return '';
  const spec: { type: string; choices?: readonly string[] } = SEGMENT_FIELDS[field];
  return spec.type === 'flag' ? 'yes' : (spec.choices?.[0] ?? '');
};

const newCondition = (field: RowField = 'stage'): Condition => ({ field, op: '=', value: firstValue(field) });

/** The rule as typed, with a caret under the column where reading stopped. */
function RuleCaret({ rule, column }: { rule: string; column: number }) {
  return (
    <Code block data-testid="segment-caret">
      {`${rule}\n${' '.repeat(Math.max(0, column - 1))}^`}
    </Code>
  );
}

function ValueInput({ condition, onChange }: { condition: Condition; onChange(value: string): void }) {
  const { t } = useTranslation(['segments', 'app', 'lifecycle']);
  const label = t('segments:builder.value');
  if (condition.field === 'bought') return <TextInput aria-label={label} placeholder="Green Tea" value={condition.value} onChange={(e) => onChange(e.currentTarget.value)} w={220} data-testid="segment-value" />;
  const spec: { type: string; choices?: readonly string[] } = SEGMENT_FIELDS[condition.field];
  if (spec.type === 'flag') {
    return <Select aria-label={label} allowDeselect={false} value={condition.value} onChange={(v) => v && onChange(v)} data={[{ value: 'yes', label: t('segments:builder.yes') }, { value: 'no', label: t('segments:builder.no') }]} w={220} />;
  }
  if (spec.choices) {
    const nameOf = (choice: string) => (condition.field === 'stage' ? t(`app:stages.${choice as Stage}`) : t(`lifecycle:segment.${choice as RfmSegment}`));
    return <Select aria-label={label} allowDeselect={false} value={condition.value} onChange={(v) => v && onChange(v)} data={spec.choices.map((choice) => ({ value: choice, label: `${choice} — ${nameOf(choice)}` }))} w={220} />;
  }
  const placeholder = spec.type === 'date' ? t('segments:builder.dayPlaceholder') : spec.type === 'text' ? t('segments:builder.textPlaceholder') : '0';
  return <TextInput aria-label={label} placeholder={placeholder} value={condition.value} onChange={(e) => onChange(e.currentTarget.value)} w={220} data-testid="segment-value" />;
}

/** What the language offers, in the app (docs/segments.md in short). */
function LanguageHelp() {
  const { t } = useTranslation('segments');
  return (
    <details data-testid="segment-help">
      <summary>
        <Text span size="sm" c="blue">
          {t('builder.help')}
        </Text>
      </summary>
      <Stack gap={6} mt="xs">
        <Text size="sm">{t('builder.helpIntro')}</Text>
        <Text size="sm">{t('builder.helpValues')}</Text>
        <Text size="sm">{t('builder.helpBought')}</Text>
        <Text size="sm">{t('builder.helpMissing')}</Text>
        <Table withRowBorders={false} verticalSpacing={2} fz="sm" aria-label={t('builder.fieldsTitle')}>
          <Table.Tbody>
            {SEGMENT_FIELD_NAMES.map((field) => (
              <Table.Tr key={field}>
                <Table.Td>
                  <Code>{field}</Code>
                </Table.Td>
                <Table.Td>{t(`fields.${field}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </details>
  );
}

interface Props {
  /** The rule the list shows now (null: everyone). */
  applied: string | null;
  onApply(rule: string | null): void;
  /** A saved segment's rule to load into the builder; `nonce` changes at each load. */
  loaded: { rule: string; name: string; nonce: number } | null;
}

/**
 * The segment builder: conditions picked from lists, or the rule typed, with a live count; the rule can be
 * shown in the list and saved under a name. The count and every error come from the core (`segments.count`).
 */
export function SegmentBuilder({ applied, onApply, loaded }: Props) {
  const { t } = useTranslation('segments');
  const api = useApi();
  const { refreshAll } = useRequestCache();
  const [mode, setMode] = useState<'pick' | 'type'>('pick');
  const [rows, setRows] = useState<Condition[]>(() => [newCondition()]);
  const [combine, setCombine] = useState<'and' | 'or'>('and');
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Error | null>(null);

  useEffect(() => {
    if (!loaded) return;
    setMode('type');
    setTyped(loaded.rule);
    setName(loaded.name);
  }, [loaded]);

  const rule = mode === 'type' ? typed.trim() : rowsRule(rows, combine);
  const [debounced] = useDebouncedValue(rule, 250);
  const count = useRequest('segments.count', debounced === '' ? null : { rule: debounced });
  const current = debounced === rule && !count.loading ? count : null;
  const column = count.error instanceof ApiError ? Number(count.error.details?.params?.column ?? 0) : 0;

  const setRow = (i: number, change: Partial<Condition>) => setRows((list) => list.map((row, k) => (k === i ? { ...row, ...change } : row)));
  const switchMode = (next: string) => {
    if (next === 'type' && mode === 'pick') setTyped(rule);
    setMode(next as 'pick' | 'type');
  };

  const save = async () => {
    setSaveError(null);
    setSaving(true);
    try {
      const saved = await api.request('segments.save', { name: name.trim(), rule });
      refreshAll();
      notifications.show({ color: 'teal', message: t('builder.saved', { name: saved.name }) });
    } catch (failure) {
      setSaveError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="lg" data-testid="segment-builder">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {t('builder.title')}
          </Title>
          <SegmentedControl size="xs" value={mode} onChange={switchMode} data={[{ value: 'pick', label: t('builder.modePick') }, { value: 'type', label: t('builder.modeType') }]} data-testid="segment-mode" />
        </Group>
        {mode === 'pick' ? (
          <Stack gap="xs">
            <Group gap="xs">
              <Text size="sm">{t('builder.combine')}</Text>
              <SegmentedControl size="xs" value={combine} onChange={(v) => setCombine(v as 'and' | 'or')} data={[{ value: 'and', label: t('builder.all') }, { value: 'or', label: t('builder.any') }]} />
            </Group>
            {rows.map((row, i) => (
              <Group key={i} gap="xs" data-testid="segment-condition">
                <Select
                  aria-label={t('builder.field')}
                  allowDeselect={false}
                  searchable
                  value={row.field}
                  onChange={(v) => v && setRow(i, newCondition(v as RowField))}
                  data={[...SEGMENT_FIELD_NAMES, 'bought' as const].map((field) => ({ value: field, label: `${field} — ${t(`fields.${field}`)}` }))}
                  w={300}
                  data-testid="segment-field"
                />
                {row.field === 'bought' ? null : (
                  <Select aria-label={t('builder.operator')} allowDeselect={false} value={row.op} onChange={(v) => v && setRow(i, { op: v as SegmentOperator })} data={[...operatorsFor(row.field)]} w={80} data-testid="segment-operator" />
                )}
                <ValueInput condition={row} onChange={(value) => setRow(i, { value })} />
                {rows.length > 1 ? (
                  <ActionIcon variant="subtle" color="gray" aria-label={t('builder.removeCondition')} onClick={() => setRows((list) => list.filter((_, k) => k !== i))}>
                    ×
                  </ActionIcon>
                ) : null}
              </Group>
            ))}
            <Group>
              <Button size="xs" variant="light" onClick={() => setRows((list) => [...list, newCondition()])}>
                {t('builder.addCondition')}
              </Button>
            </Group>
            {rule !== '' ? (
              <Text size="xs" c="dimmed">
                {t('builder.rule')}: <Code data-testid="segment-rule-text">{rule}</Code>
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Textarea
            label={t('builder.rule')}
            placeholder={t('builder.rulePlaceholder')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autosize
            minRows={2}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-testid="segment-rule-input"
          />
        )}
        {rule === '' ? null : count.error && debounced === rule ? (
          <Stack gap={4}>
            {column > 0 ? <RuleCaret rule={rule} column={column} /> : null}
            <Text size="sm" c="red" data-testid="segment-error">
              {count.error.message}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" fw={600} data-testid="segment-count">
            {current?.data ? t('builder.count', { count: current.data.count }) : t('builder.counting')}
          </Text>
        )}
        <LanguageHelp />
        <Group gap="xs" align="flex-end">
          <Button size="xs" disabled={!current?.data} onClick={() => current?.data && onApply(current.data.rule)} data-testid="segment-apply">
            {t('builder.showInList')}
          </Button>
          {applied !== null ? (
            <Button size="xs" variant="default" onClick={() => onApply(null)}>
              {t('builder.showEveryone')}
            </Button>
          ) : null}
          <TextInput size="xs" label={t('builder.name')} placeholder={t('builder.namePlaceholder')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={200} data-testid="segment-name" />
          <Button size="xs" variant="light" loading={saving} disabled={!current?.data || name.trim() === ''} onClick={() => void save()} data-testid="segment-save">
            {t('builder.save')}
          </Button>
        </Group>
        {applied !== null ? (
          <Text size="xs" c="dimmed">
            {t('builder.listFiltered')}
          </Text>
        ) : null}
        {saveError ? <ErrorMessage error={saveError} /> : null}
      </Stack>
    </Paper>
  );
}
