import type { ApiErrorShape } from '../api/envelope.ts';

/** The name of the job in the worker's registry: `import`, `recompute`, or a short write such as `saveSpend`. */
export type JobKind = string;

export interface JobProgress {
  jobId: string;
  kind: JobKind;
  state: 'queued' | 'running';
  /** i18n key under `jobs.phase` naming what is happening, e.g. `reading`, `recomputing`. */
  phase: string;
  file?: string;
  bytesRead?: number;
  totalBytes?: number;
  rows?: number;
  orders?: number;
  /** 0..100, or null when unknown. */
  percent: number | null;
  /** Rows per second over the job so far. */
  rowsPerSecond?: number;
}

export interface JobFinished {
  jobId: string;
  kind: JobKind;
  outcome: 'done' | 'failed' | 'cancelled';
  error?: ApiErrorShape;
}
