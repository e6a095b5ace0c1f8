import type { CSSProperties } from 'react';
import type { TFunction } from 'i18next';
import type { Stage } from '../../../shared/domain/lifecycle.ts';
import { stageColor } from '../theme/stage-colors.ts';

/**
 * A stage's name in its colour, drawn like StageBadge's small light badge (app.css `.stage-tag`)
 * with a native tooltip, in plain markup and without hooks: cheap for lists whose rows come and go
 * as they scroll.
 */
export function StageTag({ stage, t }: { stage: Stage; t: TFunction<['app', 'lifecycle']> }) {
  return (
    <span className="stage-tag" style={{ '--stage-color': stageColor(stage) } as CSSProperties} title={t(`stageHelp.${stage}`)}>
      {t(`stages.${stage}`)}
    </span>
  );
}
