import type { Db } from '../../db/connection.ts';
import { AppError } from '../../../shared/api/envelope.ts';
import { readStoredState } from './state.ts';
import { STORED_JOURNEY_SQL, stageOnDay } from '../stored-journey.ts';
import { dayNumber } from '../days.ts';
import { STAGES, type Stage, type StageTransitions } from '../../../shared/domain/lifecycle.ts';

/**
 * How many customers went from each stage on `from` to each stage on `to`, from the stored stage
 * histories (both days at most the stored as-of day), measured with the stored thresholds like every
 * historical view: row sums are the stage counts of the overview as of `from`; column sums plus
 * `entered` (customers not yet known on `from`, by their stage on `to`) those as of `to`.
 */
export function stageTransitions(db: Db, from: string, to: string): StageTransitions {
  const asOf = readStoredState(db)?.asOf ?? null;
  if (asOf !== null && to > asOf) {
    throw new AppError('invalid_input', `Transitions can be shown up to ${asOf}, the day the figures are computed as of; ${to} is later.`, {
      messageKey: 'lifecycle:errors.afterAsOf',
      params: { day: to, asOf },
    });
  }
  const matrix = STAGES.map(() => STAGES.map(() => 0));
  const entered = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const index = new Map<Stage, number>(STAGES.map((s, i) => [s, i]));
  let populationFrom = 0;
  let populationTo = 0;
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  // On the stored as-of day a customer's stage is their current one (the model's at-risk rule may have moved it), as in the overview.
  const asOfDay = asOf === null ? null : dayNumber(asOf);
  const stageOn = (journey: string, current: Stage, day: number): Stage | null => (day === asOfDay ? current : stageOnDay(journey, day));
  for (const [journey, current] of db.prepare(`SELECT ${STORED_JOURNEY_SQL}, stage FROM lifecycle_customers`).raw().all() as [string, Stage][]) {
    const b = stageOn(journey, current, toDay);
    if (b === null) continue;
    populationTo += 1;
    const a = stageOn(journey, current, fromDay);
    if (a === null) {
      entered[b] += 1;
    } else {
      matrix[index.get(a)!][index.get(b)!] += 1;
      populationFrom += 1;
    }
  }
  return { from, to, matrix, entered, populationFrom, populationTo };
}
