import { close, fdatasync, openSync } from 'node:fs';
import type { Db } from './connection.ts';

/** Pause between two background syncs of the log. */
const SYNC_INTERVAL_MS = 50;

export interface LogSync {
  /** Starts a sync now, without waiting for the interval: for a caller about to block its thread a while. */
  now(): void;
  /** Stops the syncs; resolves once the last one has finished and the log file is closed again. */
  stop(): Promise<void>;
}

/**
 * Syncs a connection's write-ahead log to disk again and again, on libuv's thread pool, while a long
 * transaction fills it. A commit with synchronous=FULL then waits only for the pages written since the
 * last of these syncs, not for the whole log (the idea of RocksDB's `wal_bytes_per_sync`). The syncs add
 * no guarantee and take none away, so one that fails is ignored: the commit's own sync reports a failing disk.
 */
export function syncLogInBackground(db: Db): LogSync {
  let fd: number;
  try {
    fd = openSync(`${db.name}-wal`, 'r+');
  } catch {
    return { now() {}, stop: () => Promise.resolve() };
  }
  let stopping = false;
  let inFlight = 0;
  let timer: NodeJS.Timeout | null = null;
  let closed: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    closed = resolve;
  });
  const finish = () => close(fd, () => closed());
  const syncNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    inFlight++;
    fdatasync(fd, () => {
      inFlight--;
      if (stopping) {
        if (inFlight === 0) finish();
      } else if (inFlight === 0) {
        timer = setTimeout(syncNow, SYNC_INTERVAL_MS);
      }
    });
  };
  syncNow();
  return {
    now() {
      if (!stopping) syncNow();
    },
    stop() {
      if (!stopping) {
        stopping = true;
        if (timer) clearTimeout(timer);
        if (inFlight === 0) finish();
      }
      return done;
    },
  };
}
