import { join, dirname } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import { openDatabase, type Db } from '../db/connection.ts';
import { migrate, refuseNewerDatabase } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import { recomputeStaleResults, resultsAreStale } from '../recompute/stale-results.ts';
import { openForReading } from '../db/read-only.ts';
import { AppError } from '../../shared/api/envelope.ts';
import { createInlineRunner, createWorkerRunner, type JobRunner, type RunnerEvents } from '../jobs/runner.ts';
import { EventHub } from '../services/event-hub.ts';
import { PreferencesStore } from '../preferences/preferences-store.ts';
import type { CoreContext } from '../services/core-context.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { appHandlers } from '../services/app-service.ts';
import { importHandlers } from '../services/import-service.ts';
import { shopHandlers } from '../services/shop-service.ts';
import { sampleHandlers } from '../services/sample-service.ts';
import { economicsHandlers } from '../services/economics-service.ts';
import { campaignHandlers } from '../services/campaign-service.ts';
import { segmentHandlers } from '../services/segment-service.ts';
import { watchHandlers } from '../services/watch-service.ts';
import { FolderWatcher } from '../services/folder-watcher.ts';
import { modelHandlers } from '../services/model-service.ts';
import { lifecycleHandlers } from '../services/lifecycle-service.ts';
import { dataHandlers } from '../services/data-service.ts';
import { funnelHandlers } from '../services/funnel-service.ts';

export interface CoreOptions {
  dbPath: string;
  /** Where the worker entry lives (source `.ts` under Node, bundled `.js` under Electron). Omit to run jobs in-process. */
  workerUrl?: URL;
  /** Where the import's parser thread starts: the bundled file under Electron; the source file when omitted. */
  parserUrl?: URL;
  preferencesPath?: string;
  /**
   * Only read: the database is never created, migrated or written (a command like `regulars summary`).
   * A missing file is an error naming it; requests that write are refused.
   */
  readOnly?: boolean;
  /** Watch the folder chosen in Settings ("Watch a folder") while the core is open: the app does; the CLI and tests look only when asked. */
  watchFolder?: boolean | { intervalMs: number };
}

export interface Core {
  dbPath: string;
  handlers: Handlers;
  /** Validates input with the contract's schema, runs the handler, answers with an envelope. */
  dispatch: Dispatch;
  events: EventHub;
  close(): Promise<void>;
}

/** Builds the app core: one handler object that knows nothing about Electron, used by every front end. */
export function createCore(options: CoreOptions): Core {
  const { dbPath } = options;
  const events = new EventHub();
  const runnerEvents: RunnerEvents = {
    progress: (progress) => events.emit('job.progress', progress),
    finished: (finished) => events.emit('job.finished', finished),
  };
  /** For a read-only core: no job ever runs. */
  const openReadOnly = (): { read: Db; runner: JobRunner } => {
    // A file whose results an older Regulars computed is read from a private copy, recomputed there.
    const reading = openForReading(dbPath, migrations, { stale: resultsAreStale, refresh: recomputeStaleResults });
    const refuse = (): never => {
      throw new AppError('invalid_input', `This command only reads ${dbPath}; it changes nothing.`);
    };
    // The runner closes first when the core closes: it closes the connection and removes a private copy.
    return { read: reading.db, runner: { run: async () => refuse(), cancel: () => false, close: async () => reading.close() } };
  };
  /** Brings the file and its stored results up to date, then opens the read connection and starts the writer (worker or inline). */
  const open = (): { read: Db; runner: JobRunner } => {
    if (options.readOnly) return openReadOnly();
    refuseNewerDatabase(dbPath, migrations);
    const writer = openDatabase(dbPath);
    try {
      migrate(writer, migrations, dbPath);
      recomputeStaleResults(writer);
    } finally {
      if (writer.open) writer.close();
    }
    const read: Db = openDatabase(dbPath, { readonly: true });
    const runner: JobRunner = options.workerUrl
      ? createWorkerRunner({ dbPath, workerUrl: options.workerUrl, parserUrl: options.parserUrl, events: runnerEvents })
      : createInlineRunner({ dbPath, events: runnerEvents });
    return { read, runner };
  };
  /** Set while the database is closed for a swap: requests arriving meanwhile wait for it to reopen. */
  let reopening: Promise<void> | null = null;
  const ctx: CoreContext = {
    dbPath,
    ...open(),
    reopen({ lastJob, swap }) {
      const done = (async () => {
        await lastJob?.();
        await ctx.runner.close();
        ctx.read.close();
        try {
          swap();
        } finally {
          Object.assign(ctx, open());
        }
      })();
      reopening = done.then(
        () => undefined,
        () => undefined,
      );
      return done.finally(() => {
        reopening = null;
      });
    },
    events,
    preferences: new PreferencesStore(options.preferencesPath ?? join(dirname(dbPath), 'preferences.json')),
    schemaVersion: migrations.length,
    appVersion: pkg.version,
  };
  const watcher = options.watchFolder ? new FolderWatcher(ctx, typeof options.watchFolder === 'object' ? options.watchFolder.intervalMs : undefined) : null;
  watcher?.start();
  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...importHandlers(ctx),
    ...shopHandlers(ctx),
    ...sampleHandlers(ctx),
    ...economicsHandlers(ctx),
    ...campaignHandlers(ctx),
    ...segmentHandlers(ctx),
    ...watchHandlers(ctx),
    ...modelHandlers(ctx),
    ...lifecycleHandlers(ctx),
    ...dataHandlers(ctx),
    ...funnelHandlers(ctx),
  };
  const dispatch = createDispatch(handlers);
  return {
    dbPath,
    handlers,
    dispatch: async (name, input) => {
      if (reopening) await reopening;
      return dispatch(name, input);
    },
    events,
    async close() {
      watcher?.stop();
      await ctx.runner.close();
      ctx.read.close();
    },
  };
}
