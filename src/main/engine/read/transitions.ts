import type { Db } from '../../db/connection.ts';
import { AppError } from '../../../shared/api/envelope.ts';
import { readStoredState } from './state.ts';
import { STAGES, type Stage, type StageTransitions } from '../../../shared/domain/lifecycle.ts';

const STAGE_AT = `(SELECT j.stage FROM lifecycle_journeys j WHERE j.customer_id = m.customer_id AND j.from_day <= ? ORDER BY j.seq DESC LIMIT 1)`;

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
  const rows = db
    .prepare(`SELECT a, b, count(*) AS n FROM (SELECT ${STAGE_AT} AS a, ${STAGE_AT} AS b FROM lifecycle_customers m) WHERE b IS NOT NULL GROUP BY a, b`)
    .all(from, to) as { a: Stage | null; b: Stage; n: number }[];
  const matrix = STAGES.map(() => STAGES.map(() => 0));
  const entered = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let populationFrom = 0;
  let populationTo = 0;
  for (const { a, b, n } of rows) {
    populationTo += n;
    if (a === null) {
      entered[b] += n;
    } else {
      matrix[STAGES.indexOf(a)][STAGES.indexOf(b)] += n;
      populationFrom += n;
    }
  }
  return { from, to, matrix, entered, populationFrom, populationTo };
}
