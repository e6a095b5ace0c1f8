import type { Db } from '../db/connection.ts';
import type { FromExecutor } from './messages.ts';
import type { ProgressUpdate } from '../job-contract/job-context.ts';
import { jobs, type JobName } from './registry.ts';
import { toErrorShape } from '../../shared/api/to-error-shape.ts';

const PROGRESS_INTERVAL_MS = 100;

interface QueuedJob {
  jobId: string;
  name: JobName;
  input: unknown;
  controller: AbortController;
}

/**
 * Runs jobs one at a time on the write connection: two imports at once are queued, never
 * interleaved. Used inside the worker thread and, for the CLI, in-process. `parserUrl`: see JobContext.
 *
 * The pages a job wrote to the write-ahead log are copied into the database file (a checkpoint) once
 * no job is waiting, not inside the job's own commit: after a large import that copy takes a few
 * tenths of a second, which then no longer delay the import's result or the recompute that follows it.
 */
export function createJobExecutor(db: Db, send: (message: FromExecutor) => void, parserUrl?: URL) {
  const queue: QueuedJob[] = [];
  let current: QueuedJob | null = null;
  /** Set by `stop`: resolves once the job that was running has settled. */
  let stopped: (() => void) | null = null;
  db.pragma('wal_autocheckpoint = 0');

  function sendCancelled(job: QueuedJob): void {
    send({ type: 'failed', jobId: job.jobId, cancelled: true, error: { code: 'cancelled', message: 'Cancelled.' } });
  }

  async function pump(): Promise<void> {
    if (current) return;
    const job = queue.shift();
    if (!job) {
      if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
      return;
    }
    current = job;
    const kind = job.name;
    let lastSent = 0;
    try {
      const result = await (jobs[job.name] as (ctx: unknown, input: unknown) => Promise<unknown>)(
        {
          db,
          parserUrl,
          signal: job.controller.signal,
          progress(update: ProgressUpdate) {
            const now = Date.now();
            const final = update.percent === 100;
            if (now - lastSent < PROGRESS_INTERVAL_MS && !final) return;
            lastSent = now;
            send({ type: 'progress', progress: { ...update, jobId: job.jobId, kind, state: 'running' } });
          },
        },
        job.input,
      );
      send({ type: 'done', jobId: job.jobId, result });
    } catch (error) {
      const cancelled = job.controller.signal.aborted;
      send({ type: 'failed', jobId: job.jobId, cancelled, error: cancelled ? { code: 'cancelled', message: 'Cancelled.' } : toErrorShape(error) });
    } finally {
      current = null;
      if (stopped) stopped();
      else void pump();
    }
  }

  return {
    run(jobId: string, name: JobName, input: unknown): void {
      const job = { jobId, name, input, controller: new AbortController() };
      if (stopped) {
        sendCancelled(job);
        return;
      }
      queue.push(job);
      if (current) send({ type: 'progress', progress: { jobId, kind: name, state: 'queued', phase: 'queued', percent: null } });
      void pump();
    },
    cancel(jobId: string): boolean {
      if (current?.jobId === jobId) {
        current.controller.abort();
        return true;
      }
      const index = queue.findIndex((j) => j.jobId === jobId);
      if (index < 0) return false;
      const [job] = queue.splice(index, 1);
      sendCancelled(job);
      return true;
    },
    /** Cancels the queued jobs and the running one; resolves once nothing runs. Nothing starts afterwards. */
    stop(): Promise<void> {
      for (const job of queue.splice(0)) sendCancelled(job);
      const running = current;
      if (!running) {
        stopped = () => {};
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        stopped = resolve;
        running.controller.abort();
      });
    },
  };
}
