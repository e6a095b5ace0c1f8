import type { RecomputeStep } from './recompute-step.ts';

/** Snapshots kept for "since the last import". */
export const SNAPSHOTS_KEPT = 5;

/**
 * Keeps each customer's stage after every import, so "what changed since the last import" compares
 * the latest import's snapshot with the one before. A recompute without a new import (a settings
 * change) refreshes the latest snapshot, only for the customers whose row changed.
 */
export const snapshotStages: RecomputeStep = {
  name: 'snapshot',
  run(run) {
    const { db, importId } = run;
    if (importId === null) return;
    const exists = db.prepare('SELECT 1 FROM lifecycle_snapshots WHERE import_id = ? LIMIT 1').get(importId) !== undefined;
    if (!exists || run.full || run.settings.atRiskMode === 'model') {
      db.prepare('DELETE FROM lifecycle_snapshots WHERE import_id = ?').run(importId);
      db.prepare('INSERT INTO lifecycle_snapshots (import_id, customer_id, stage, purchases) SELECT ?, customer_id, stage, purchases FROM lifecycle_customers').run(importId);
    } else {
      const upsert = db.prepare(
        'INSERT OR REPLACE INTO lifecycle_snapshots (import_id, customer_id, stage, purchases) SELECT ?, customer_id, stage, purchases FROM lifecycle_customers WHERE customer_id = ?',
      );
      for (const i of run.changed) upsert.run(importId, run.result.history.customerIds[i]);
      db.prepare('DELETE FROM lifecycle_snapshots WHERE import_id = ? AND customer_id NOT IN (SELECT customer_id FROM lifecycle_customers)').run(importId);
    }
    db.prepare(
      `DELETE FROM lifecycle_snapshots WHERE import_id NOT IN (SELECT DISTINCT import_id FROM lifecycle_snapshots ORDER BY import_id DESC LIMIT ${SNAPSHOTS_KEPT})`,
    ).run();
  },
};
