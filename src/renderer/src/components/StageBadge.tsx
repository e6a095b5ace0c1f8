import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/domain/lifecycle.ts';
import { stageColor } from '../theme/stage-colors.ts';

/** A stage's name in its colour, with the plain-language explanation on hover (long lists use StageTag). */
export function StageBadge({ stage, size = 'sm' }: { stage: Stage; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`stageHelp.${stage}`)} multiline w={260} openDelay={300}>
      <Badge color={stageColor(stage)} variant="light" size={size} radius="sm" style={{ textTransform: 'none' }}>
        {t(`stages.${stage}`)}
      </Badge>
    </Tooltip>
  );
}
