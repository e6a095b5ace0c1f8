import type { RecomputeStep } from './recompute-step.ts';
import { AT_RISK, LOYAL, REPEAT } from '../stage-rules.ts';
import { NO_SEGMENT, rfmSegment, segmentCode } from '../rfm.ts';

/** Recency that goes with a stage the model chose: 2 for at risk; 3 (the least recent active score) back from at risk. */
const recencyForModelStage = (stage: number): number => (stage === AT_RISK ? 2 : 3);

/** Index of `id` in the ascending ids, or -1. */
function indexOf(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return mid;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The pluggable at-risk rule. 'rules': the day thresholds (already applied). 'model': a repeat
 * customer who is neither lapsed nor reactivated is at risk when the model's P(alive) is below its
 * threshold, and otherwise repeat or loyal. Without a model result 'model' falls back to the rules
 * and the overview says so. Only the current stage changes (the stage history follows the rules),
 * and with it the recency score and RFM segment, so the segment never contradicts the stage.
 */
export const applyAtRiskMode: RecomputeStep = {
  name: 'atRiskMode',
  run(run) {
    const { result } = run;
    const { history, journeys, rfm } = result;
    const stored = (segment: number) => (segment === NO_SEGMENT ? null : segment);
    // Back to the rules first: customers the model moved in an earlier run get their rule stage, recency and segment again.
    const moved = run.db.prepare('SELECT customer_id FROM lifecycle_customers WHERE stage_rank <> rule_rank').pluck().all() as number[];
    const restore = run.db.prepare('UPDATE lifecycle_customers SET stage_rank = rule_rank, r = ?, segment_code = ? WHERE customer_id = ?');
    for (const id of moved) {
      const i = indexOf(history.customerIds, id);
      restore.run(i < 0 ? null : rfm.r[i] || null, i < 0 ? null : stored(rfm.segment[i]), id);
    }
    run.atRiskModeFallback = run.settings.atRiskMode === 'model' && run.pAlive === null;
    if (run.settings.atRiskMode !== 'model' || run.pAlive === null) return;
    const { pAlive } = run;
    const named = rfm.method.withheld === null;
    const update = run.db.prepare('UPDATE lifecycle_customers SET stage_rank = ?, r = ?, segment_code = ? WHERE customer_id = ?');
    for (let i = 0; i < history.customerIds.length; i += 1) {
      const rule = journeys.current[i];
      if (rule !== REPEAT && rule !== LOYAL && !(rule === AT_RISK && history.start[i + 1] - history.start[i] >= 2)) continue;
      const purchases = history.start[i + 1] - history.start[i];
      const byModel = pAlive.values[i] < pAlive.threshold ? AT_RISK : purchases >= result.rules.loyal ? LOYAL : REPEAT;
      if (byModel === rule) continue;
      // The model only moves customers into or out of at risk (purchases decide repeat or loyal as in the rules).
      const r = recencyForModelStage(byModel);
      update.run(byModel, r, named ? segmentCode(rfmSegment(r, rfm.f[i])) : null, history.customerIds[i]);
    }
  },
};
