import type { Db } from '../db/connection.ts';
import type { JobContext } from '../job-contract/job-context.ts';
import { FUNNEL_RATES, type FunnelRate } from '../../shared/domain/funnel.ts';

/** The owner's monthly target per funnel rate, as fractions (0.25 = 25%); rates without one are absent. */
export function readTargets(db: Db): Partial<Record<FunnelRate, number>> {
  const rows = db.prepare('SELECT rate, target FROM funnel_targets').all() as { rate: FunnelRate; target: number }[];
  const targets: Partial<Record<FunnelRate, number>> = {};
  for (const rate of FUNNEL_RATES) {
    const row = rows.find((r) => r.rate === rate);
    if (row) targets[rate] = row.target;
  }
  return targets;
}

/** The `saveFunnelTargets` job: sets the given targets; null removes one; rates not named stay as they are. */
export async function saveTargetsJob(ctx: JobContext, input: { targets: Partial<Record<FunnelRate, number | null>> }): Promise<Partial<Record<FunnelRate, number>>> {
  const upsert = ctx.db.prepare('INSERT INTO funnel_targets (rate, target) VALUES (?, ?) ON CONFLICT (rate) DO UPDATE SET target = excluded.target');
  const remove = ctx.db.prepare('DELETE FROM funnel_targets WHERE rate = ?');
  ctx.db.transaction(() => {
    for (const [rate, target] of Object.entries(input.targets)) {
      if (target === null || target === undefined) remove.run(rate);
      else upsert.run(rate, target);
    }
  })();
  return readTargets(ctx.db);
}
