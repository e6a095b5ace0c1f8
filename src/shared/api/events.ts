import type { JobProgress, JobFinished } from '../domain/jobs.ts';

/** Everything the core can push to the UI. */
export interface ApiEvents {
  'job.progress': JobProgress;
  'job.finished': JobFinished;
  /** The data behind every view changed (import, recompute, merge, settings): views reload. */
  'data.changed': { reason: string };
}

export type EventName = keyof ApiEvents;
export interface ApiEvent<N extends EventName = EventName> {
  name: N;
  payload: ApiEvents[N];
}
