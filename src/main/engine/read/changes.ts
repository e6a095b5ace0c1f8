import type { Db } from '../../db/connection.ts';
import type { ChangesSinceImport, Stage, StageCause, StageMove } from '../../../shared/domain/lifecycle.ts';

/**
 * Who moved where between the snapshot of the previous import and the latest one. The cause is a
 * purchase when the customer has more purchases than before, a refund when fewer (a purchase was
 * undone), and otherwise the passing of a threshold (or a settings change).
 */
const CAUSE_SQL = `CASE WHEN p.customer_id IS NULL THEN 'purchase' WHEN l.purchases > p.purchases THEN 'purchase' WHEN l.purchases < p.purchases THEN 'refund' ELSE 'threshold' END`;

export function changesSinceImport(db: Db, offset = 0, limit = 100, to?: Stage): ChangesSinceImport {
  const ids = db.prepare('SELECT DISTINCT import_id FROM lifecycle_snapshots ORDER BY import_id DESC LIMIT 2').pluck().all() as number[];
  const [latest, previous] = [ids[0] ?? null, ids[1] ?? null];
  if (latest === null || previous === null) return { importId: latest, previousImportId: previous, moves: [], customers: [], total: 0 };
  const changed = `FROM lifecycle_snapshots l LEFT JOIN lifecycle_snapshots p ON p.import_id = ? AND p.customer_id = l.customer_id
                   WHERE l.import_id = ? AND (p.stage IS NULL OR p.stage <> l.stage)`;
  const moveRows = db
    .prepare(`SELECT p.stage AS "from", l.stage AS "to", ${CAUSE_SQL} AS cause, count(*) AS customers ${changed} GROUP BY 1, 2, 3 ORDER BY customers DESC`)
    .all(previous, latest) as { from: Stage | null; to: Stage; cause: string; customers: number }[];
  const causeOf = (cause: string, from: Stage | null, stage: Stage): StageCause => {
    if (cause === 'purchase') return from === null && stage === 'prospect' ? 'first_seen' : 'purchase';
    if (cause === 'refund') return 'refund';
    return stage === 'lapsed' ? 'lapse_passed' : stage === 'at_risk' ? (from === 'new' ? 'window_passed' : 'at_risk_passed') : 'reactivation_ended';
  };
  const moves: StageMove[] = moveRows.map((m) => ({ from: m.from, to: m.to, cause: causeOf(m.cause, m.from, m.to), customers: m.customers }));
  const stageFilter = to ? 'AND l.stage = ?' : '';
  const params: unknown[] = to ? [previous, latest, to] : [previous, latest];
  const total = db.prepare(`SELECT count(*) ${changed} ${stageFilter}`).pluck().get(...params) as number;
  const rows = db
    .prepare(
      `SELECT l.customer_id AS id, c.first_name, c.last_name, c.email, p.stage AS "from", l.stage AS "to", ${CAUSE_SQL} AS cause
         FROM lifecycle_snapshots l
         LEFT JOIN lifecycle_snapshots p ON p.import_id = ? AND p.customer_id = l.customer_id
         LEFT JOIN customers c ON c.id = l.customer_id
        WHERE l.import_id = ? AND (p.stage IS NULL OR p.stage <> l.stage) ${stageFilter}
        ORDER BY l.customer_id LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset) as { id: number; first_name: string | null; last_name: string | null; email: string | null; from: Stage | null; to: Stage; cause: string }[];
  return {
    importId: latest,
    previousImportId: previous,
    moves,
    customers: rows.map((r) => {
      const name = [r.first_name, r.last_name].filter(Boolean).join(' ');
      return { id: r.id, name: name || null, email: r.email, from: r.from, to: r.to, cause: causeOf(r.cause, r.from, r.to) };
    }),
    total,
  };
}
