import type { Db } from '../db/connection.ts';
import { ENGINE_RESULTS_VERSION } from '../engine/store/write-state.ts';
import { recompute } from './recompute.ts';

/**
 * Recomputes every stored result of a file whose results were computed with other definitions
 * (an older version of Regulars): true when it did. Run on the write connection when the file is
 * opened, before anything reads the results.
 */
export function recomputeStaleResults(db: Db): boolean {
  if (!resultsAreStale(db)) return false;
  recompute(db, { full: true });
  return true;
}

/** Whether the file's stored results were computed with other definitions (an older version of Regulars). */
export function resultsAreStale(db: Db): boolean {
  const version = db.prepare('SELECT results_version FROM lifecycle_state WHERE id = 1').pluck().get() as number | undefined;
  return version !== undefined && version !== ENGINE_RESULTS_VERSION;
}
