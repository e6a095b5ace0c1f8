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
}
