import { Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { STAGES, type ChangesSinceImport as Changes } from '../../../shared/domain/lifecycle.ts';
import { useRequest } from '../api/use-request.ts';
import { stageColor } from '../theme/stage-colors.ts';
import { Section } from './Section.tsx';

/** "Since the last import: 42 new customers, 17 moved to at risk, 6 won back." */
export function changeSentences(changes: Changes, t: TFunction): { text: string; color?: string }[] {
  const newCustomers = changes.moves.filter((move) => move.from === null).reduce((sum, move) => sum + move.customers, 0);
  const sentences: { text: string; color?: string }[] = [];
  if (newCustomers > 0) sentences.push({ text: t('changes.newCustomers', { count: newCustomers }), color: stageColor('new') });
  for (const stage of STAGES) {
    const moved = changes.moves.filter((move) => move.from !== null && move.from !== move.to && move.to === stage).reduce((sum, move) => sum + move.customers, 0);
    if (moved === 0) continue;
    const stageName: string = t(`stages.${stage}`);
    sentences.push({ text: t('changes.movedTo', { count: moved, stage: stageName }), color: stageColor(stage) });
  }
  return sentences;
}

export function ChangesSinceImport() {
  const { t } = useTranslation();
  const changes = useRequest('lifecycle.changes', { limit: 1 });
  if (!changes.data) return null;
  const sentences = changeSentences(changes.data, t);
  return (
    <Section title={t('changes.title')} testId="changes-since-import">
      {changes.data.previousImportId === null ? (
        <Text size="sm" c="dimmed">
          {t('changes.firstImport')}
        </Text>
      ) : sentences.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('changes.none')}
        </Text>
      ) : (
        <Group gap="lg">
          {sentences.map((sentence) => (
            <Text key={sentence.text} size="sm" fw={500} style={{ borderLeft: `3px solid ${sentence.color ?? 'transparent'}`, paddingLeft: 8 }}>
              {sentence.text}
            </Text>
          ))}
        </Group>
      )}
    </Section>
  );
}
