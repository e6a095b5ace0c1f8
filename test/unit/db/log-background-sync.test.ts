import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection.ts';
import { syncLogInBackground } from '../../../src/main/db/log-background-sync.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

/** The files this process holds open (Linux, where CI runs). */
function openFiles(): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      return [readlinkSync(`/proc/self/fd/${fd}`)];
    } catch {
      return [];
    }
  });
}

describe.runIf(existsSync('/proc/self/fd'))('syncing the write-ahead log in the background during a long transaction', () => {
  const temp = makeTempDir('regulars-log-sync-');
  afterAll(() => temp.cleanup());

  it('holds the log open only while it runs, and the transaction commits as usual', async () => {
    const path = join(temp.dir, 'regulars.db');
    const db = openDatabase(path);
    db.exec('CREATE TABLE t (v TEXT)');
    const sync = syncLogInBackground(db);
    expect(openFiles().filter((f) => f === `${path}-wal`)).toHaveLength(2);
    db.exec('BEGIN IMMEDIATE');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 20_000; i++) {
      insert.run('x'.repeat(200));
      if (i % 5_000 === 0) {
        sync.now();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    db.exec('COMMIT');
    await sync.stop();
    await sync.stop();
    expect(openFiles().filter((f) => f === `${path}-wal`)).toHaveLength(1);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(20_000);
    db.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('does nothing for a database without a log file', async () => {
    const db = openDatabase(':memory:');
    const sync = syncLogInBackground(db);
    sync.now();
    await sync.stop();
    db.close();
  });
});
