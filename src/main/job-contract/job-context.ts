import type { Db } from '../db/connection.ts';
import type { JobProgress } from '../../shared/domain/jobs.ts';

export type ProgressUpdate = Omit<JobProgress, 'jobId' | 'kind' | 'state'>;

/** What a long job gets: the write connection, a way to report progress, and a cancel signal. */
export interface JobContext {
  db: Db;
  signal: AbortSignal;
  /** Reports progress; the executor forwards at most a few updates per second. */
  progress(update: ProgressUpdate): void;
  /** Where the import's parser thread starts (the bundled file under Electron); the source file by default. */
  parserUrl?: URL;
}
