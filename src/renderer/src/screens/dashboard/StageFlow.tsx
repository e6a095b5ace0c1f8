import { Box, Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StageFigure } from '../../../../shared/domain/lifecycle.ts';
import { useNavigation } from '../../navigation/navigation.tsx';
import { useFormat } from '../../i18n/format.ts';
import { stageColor } from '../../theme/stage-colors.ts';

/**
 * The seven stages left to right as the path a customer walks, each with its count, share and the
 * value of the people in it; a click opens the customer list filtered to that stage.
 */
export function StageFlow({ stages, currency }: { stages: StageFigure[]; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { go } = useNavigation();
  const total = stages.reduce((sum, figure) => sum + figure.customers, 0);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" data-testid="stage-flow">
      {stages.map((figure) => (
        <UnstyledButton key={figure.stage} onClick={() => go('customers', { stage: figure.stage })} aria-label={`${t(`stages.${figure.stage}`)}: ${format.number(figure.customers)}`} style={{ borderRadius: 'var(--mantine-radius-lg)' }}>
          <Paper withBorder p="sm" radius="lg" h="100%" style={{ borderTop: `4px solid ${stageColor(figure.stage)}` }}>
            <Text size="sm" fw={600}>
              {t(`stages.${figure.stage}`)}
            </Text>
            <Text fz={24} fw={650} lh={1.3}>
              {format.number(figure.customers)}
            </Text>
            <Box h={6} my={6} bg="var(--mantine-color-default-border)" style={{ borderRadius: 3, overflow: 'hidden' }}>
              <Box h="100%" w={`${total > 0 ? (100 * figure.customers) / total : 0}%`} bg={stageColor(figure.stage)} />
            </Box>
            <Text size="xs" c="dimmed">
              {t('dashboard.stageShare', { share: format.percent(total > 0 ? figure.customers / total : 0, 0) })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('dashboard.stageValue', { value: format.money(figure.netValue, currency, true) })}
            </Text>
            <Text size="xs" mt={6} lh={1.35}>
              {t(`stageHelp.${figure.stage}`)}
            </Text>
          </Paper>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
