import type { JobProgress, JobFinished } from '../domain/jobs.ts';
import type { Preferences } from '../domain/app.ts';
import type { WatchScan } from '../domain/imports.ts';

/** Everything the core can push to the UI. */
export interface ApiEvents {
  'job.progress': JobProgress;
  'job.finished': JobFinished;
  /** The data behind every view changed (import, recompute, merge, settings): views reload. */
  'data.changed': { reason: string };
  /** Shell menu File > Import…: the user chose these files in the native dialog; the UI runs the import. */
  'menu.import': { paths: string[] };
  /** Shell menu File > Try the sample store. */
  'menu.sampleStore': Record<string, never>;
  /** The shell menu changed the preferences (View > Appearance); the UI applies them. */
  'preferences.changed': Preferences;
  /** The watched folder had new exports: what was imported, and what could not be. */
  'watch.imported': WatchScan;
}

export type EventName = keyof ApiEvents;
/** One event; without a type argument a union discriminated by `name`, so `if (e.name === ...)` narrows the payload. */
export type ApiEvent<N extends EventName = EventName> = { [K in N]: { name: K; payload: ApiEvents[K] } }[N];
