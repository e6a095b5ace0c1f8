import type { Db } from '../db/connection.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { EventHub } from './event-hub.ts';
import type { PreferencesStore } from '../preferences/preferences-store.ts';

/** What every service gets: a read connection, the job runner (the only writer), events, preferences. */
export interface CoreContext {
  dbPath: string;
  read: Db;
  runner: JobRunner;
  events: EventHub;
  preferences: PreferencesStore;
  schemaVersion: number;
  appVersion: string;
  /**
   * Closes the database for `swap` (which may replace the file) and opens it again, migrating it if
   * needed. Requests arriving meanwhile wait. `lastJob` runs first, on the writer, after every job
   * already queued; then the writer stops and the read connection closes. `read` and `runner` are
   * new objects afterwards, so services look them up on `ctx` at each call.
   */
  reopen(steps: { lastJob?(): Promise<unknown>; swap(): void }): Promise<void>;
}
