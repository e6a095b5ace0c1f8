import type { RecomputeStep } from './recompute-step.ts';
import { AT_RISK, LOYAL, REPEAT } from '../stage-rules.ts';

/**
 * The pluggable at-risk rule. 'rules': the day thresholds (already applied). 'model': a repeat
 * customer who is neither lapsed nor reactivated is at risk when the model's P(alive) is below its
 * threshold, and otherwise repeat or loyal. Without a model result 'model' falls back to the rules
 * and the overview says so. Only the current stage changes; the stage history follows the rules.
 */
export const applyAtRiskMode: RecomputeStep = {
  name: 'atRiskMode',
  run(run) {
    run.db.exec('UPDATE lifecycle_customers SET stage_rank = rule_rank WHERE stage_rank <> rule_rank');
    run.atRiskModeFallback = run.settings.atRiskMode === 'model' && run.pAlive === null;
    if (run.settings.atRiskMode !== 'model' || run.pAlive === null) return;
    const { result, pAlive } = run;
    const { history, journeys } = result;
    const update = run.db.prepare('UPDATE lifecycle_customers SET stage_rank = ? WHERE customer_id = ?');
    for (let i = 0; i < history.customerIds.length; i += 1) {
      const rule = journeys.current[i];
      if (rule !== REPEAT && rule !== LOYAL && !(rule === AT_RISK && history.start[i + 1] - history.start[i] >= 2)) continue;
      const purchases = history.start[i + 1] - history.start[i];
      const byModel = pAlive.values[i] < pAlive.threshold ? AT_RISK : purchases >= result.rules.loyal ? LOYAL : REPEAT;
      if (byModel !== rule) update.run(byModel, history.customerIds[i]);
    }
  },
};
