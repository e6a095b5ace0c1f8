import type { Db } from '../db/connection.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { EventHub } from './event-hub.ts';
import type { PreferencesStore } from './preferences-store.ts';

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
   * Stops the writer and closes the read connection, runs `swap` (which may replace the database
   * file), then opens both again on the file, migrating it if needed. `read` and `runner` are new
   * objects afterwards, so services look them up on `ctx` at each call.
   */
  reopen(swap: () => void): Promise<void>;
}
