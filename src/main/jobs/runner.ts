import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { openDatabase } from '../db/connection.ts';
import { createJobExecutor } from './executor.ts';
import type { FromExecutor, ToExecutor } from './messages.ts';
import type { JobInput, JobName, JobResult } from './registry.ts';
import { AppError, type ApiErrorShape } from '../../shared/api/envelope.ts';
import type { JobFinished, JobProgress } from '../../shared/domain/jobs.ts';

export interface JobRunner {
  /** Queues a job; resolves with its result, rejects with an AppError (code `cancelled` when cancelled). */
  run<N extends JobName>(name: N, input: JobInput<N>, jobId?: string): Promise<JobResult<N>>;
  cancel(jobId: string): boolean;
  close(): Promise<void>;
}

export interface RunnerEvents {
  progress(progress: JobProgress): void;
  finished(finished: JobFinished): void;
}

interface Pending {
  name: JobName;
  resolve(value: unknown): void;
  reject(error: AppError): void;
}

function createDispatcher(events: RunnerEvents) {
  const pending = new Map<string, Pending>();
  return {
    pending,
    receive(message: FromExecutor): void {
      if (message.type === 'progress') {
        events.progress(message.progress);
        return;
      }
      const job = pending.get(message.jobId);
      if (!job) return;
      pending.delete(message.jobId);
      const kind = job.name;
      if (message.type === 'done') {
        events.finished({ jobId: message.jobId, kind, outcome: 'done' });
        job.resolve(message.result);
      } else {
        events.finished({ jobId: message.jobId, kind, outcome: message.cancelled ? 'cancelled' : 'failed', error: message.error });
        job.reject(fromShape(message.error));
      }
    },
    failAll(error: ApiErrorShape): void {
      for (const [jobId, job] of pending) {
        events.finished({ jobId, kind: job.name, outcome: 'failed', error });
        job.reject(fromShape(error));
      }
      pending.clear();
    },
  };
}

function fromShape(shape: ApiErrorShape): AppError {
  return new AppError(shape.code, shape.message, shape.details);
}

/**
 * How long `close` waits for the worker to cancel its job and end by itself before terminating it: a job
 * notices a cancel between two steps, which are far shorter than this.
 */
const STOP_TIMEOUT_MS = 10_000;

/** Jobs in a worker thread: the caller's thread stays free to answer reads (Electron, test host). */
export function createWorkerRunner(options: { dbPath: string; workerUrl: URL; parserUrl?: URL; events: RunnerEvents }): JobRunner {
  const dispatcher = createDispatcher(options.events);
  const worker = new Worker(options.workerUrl, { workerData: { dbPath: options.dbPath, parserUrl: options.parserUrl?.href } });
  worker.on('message', (message: FromExecutor) => dispatcher.receive(message));
  worker.on('error', (error) => dispatcher.failAll({ code: 'internal', message: `The background worker stopped: ${error.message}` }));
  worker.on('exit', (code) => {
    if (dispatcher.pending.size > 0) dispatcher.failAll({ code: 'internal', message: `The background worker exited (code ${code}).` });
  });
  const post = (message: ToExecutor) => worker.postMessage(message);
  return {
    run(name, input, jobId = randomUUID()) {
      return new Promise((resolve, reject) => {
        dispatcher.pending.set(jobId, { name, resolve: resolve as (v: unknown) => void, reject });
        post({ type: 'run', jobId, name, input });
      });
    },
    cancel(jobId) {
      if (!dispatcher.pending.has(jobId)) return false;
      post({ type: 'cancel', jobId });
      return true;
    },
    async close() {
      if (worker.threadId === -1) return;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      post({ type: 'stop' });
      const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Jobs on this thread (the CLI, which has no window to keep responsive). */
export function createInlineRunner(options: { dbPath: string; events: RunnerEvents }): JobRunner {
  const dispatcher = createDispatcher(options.events);
  const db = openDatabase(options.dbPath);
  const executor = createJobExecutor(db, (message) => dispatcher.receive(message));
  return {
    run(name, input, jobId = randomUUID()) {
      return new Promise((resolve, reject) => {
        dispatcher.pending.set(jobId, { name, resolve: resolve as (v: unknown) => void, reject });
        executor.run(jobId, name, input);
      });
    },
    cancel(jobId) {
      return executor.cancel(jobId);
    },
    async close() {
      db.close();
    },
  };
}
