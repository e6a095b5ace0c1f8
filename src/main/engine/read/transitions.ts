import type { Db } from '../../db/connection.ts';
import { AppError } from '../../../shared/api/envelope.ts';
import { readStoredState } from './state.ts';
import { STORED_JOURNEY_SQL, stageOnDay } from '../stored-journey.ts';
import { dayNumber } from '../days.ts';
import { STAGES, type Stage, type StageTransitions } from '../../../shared/domain/lifecycle.ts';

/**
 * How many customers went from each stage on `from` to each stage on `to`, from the stored stage
 * histories (both days at most the stored as-of day). Customers not yet known on `from` are
 * counted by their stage on `to` in `entered`, so each row of the matrix sums to the population on `from`.
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
  for (const journey of db.prepare(`SELECT ${STORED_JOURNEY_SQL} FROM lifecycle_customers`).pluck().all() as string[]) {
    const b = stageOnDay(journey, toDay);
    if (b === null) continue;
    populationTo += 1;
    const a = stageOnDay(journey, fromDay);
    if (a === null) {
      entered[b] += 1;
    } else {
      matrix[index.get(a)!][index.get(b)!] += 1;
      populationFrom += 1;
    }
  }
  return { from, to, matrix, entered, populationFrom, populationTo };
}
