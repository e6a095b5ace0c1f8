import type { Db } from '../../db/connection.ts';
import { STAGES, type Stage, type StageCountPoint } from '../../../shared/domain/lifecycle.ts';

/** Stage counts at the end of every week or month (stored by the last recompute). */
export function stageHistory(db: Db, granularity: 'week' | 'month'): StageCountPoint[] {
  const rows = db.prepare('SELECT day, stage, customers FROM lifecycle_stage_counts WHERE granularity = ? ORDER BY day').all(granularity) as { day: string; stage: Stage; customers: number }[];
  const points: StageCountPoint[] = [];
  for (const row of rows) {
    let point = points[points.length - 1];
    if (!point || point.day !== row.day) {
      point = { day: row.day, counts: Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number> };
      points.push(point);
    }
    point.counts[row.stage] = row.customers;
  }
  return points;
}
