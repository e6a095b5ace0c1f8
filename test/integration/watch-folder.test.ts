import { appendFileSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/create-core.ts';
import type { ApiEvent } from '../../src/shared/api/events.ts';
import type { WatchScan } from '../../src/shared/domain/imports.ts';
import { call, startTestCore, WORKER_URL } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { realErrors, regulars } from '../support/run-cli.ts';

const transactions = (rows: string[]) => ['order_id,customer_id,date,amount', ...rows].join('\n') + '\n';
const FIRST = transactions(['1001,ann,2026-01-05,40.00', '1002,bob,2026-01-06,25.50']);
const SECOND = transactions(['1001,ann,2026-01-05,40.00', '1002,bob,2026-01-06,25.50', '1003,ann,2026-02-01,12.00']);

const names = (scan: WatchScan) => ({
  imported: scan.imported.map((f) => f.fileName),
  failed: scan.failed.map((f) => f.fileName),
  known: scan.known,
  waiting: scan.waiting,
});

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

function folder(): string {
  const temp = makeTempDir('regulars-watch-');
  cleanups.push(() => temp.cleanup());
  const dir = join(temp.dir, 'Downloads');
  mkdirSync(dir);
  return dir;
}

describe('a watched folder (plain Node, the real core)', () => {
  it('imports a new export once, ignores the same file copied under another name, and imports a newer export', async () => {
    const core = startTestCore({ inline: true });
    cleanups.push(() => core.dispose());
    const dir = folder();
    writeFileSync(join(dir, 'orders_export.csv'), FIRST);
    writeFileSync(join(dir, 'notes.txt'), 'nothing, to, see\n1,2,3\n');

    const first = await call(core, 'watch.scan', { folder: dir, settleMs: 0 });
    expect(names(first)).toEqual({ imported: ['orders_export.csv'], failed: ['notes.txt'], known: [], waiting: [] });
    expect(first.imported[0]).toMatchObject({ kind: 'export', report: { kind: 'transactions', ordersAdded: 2 } });
    expect(first.failed[0].error.message).toBe('notes.txt was not imported: it needs you to choose its columns or its date format. Drop it on the window to import it.');

    copyFileSync(join(dir, 'orders_export.csv'), join(dir, 'orders_export (1).csv'));
    const again = await call(core, 'watch.scan', { folder: dir, settleMs: 0 });
    expect(names(again)).toEqual({ imported: [], failed: [], known: ['notes.txt', 'orders_export (1).csv', 'orders_export.csv'], waiting: [] });

    writeFileSync(join(dir, 'orders_export_2.csv'), SECOND);
    writeFileSync(join(dir, 'spend.csv'), 'month,channel,spend\n2026-01,Meta,120\n2026-02,Meta,80\n');
    const newer = await call(core, 'watch.scan', { folder: dir, settleMs: 0 });
    expect(names(newer).imported).toEqual(['orders_export_2.csv', 'spend.csv']);
    expect(newer.imported[0]).toMatchObject({ kind: 'export', report: { ordersAdded: 1, ordersUnchanged: 2 } });
    expect(newer.imported[1]).toEqual({ fileName: 'spend.csv', kind: 'spend', spendRows: 2 });

    const summary = await call(core, 'shop.summary', {});
    expect(summary).toMatchObject({ orders: 3 });
    expect(await call(core, 'imports.list', {})).toHaveLength(2);
  });

  it('waits for a file still being written, and takes it at the next look', async () => {
    const core = startTestCore({ inline: true });
    cleanups.push(() => core.dispose());
    const dir = folder();
    const path = join(dir, 'orders_export.csv');
    writeFileSync(path, transactions(['1001,ann,2026-01-05,40.00']));
    const writing = setTimeout(() => appendFileSync(path, '1002,bob,2026-01-06,25.50\n'), 150);
    const scan = await call(core, 'watch.scan', { folder: dir, settleMs: 600 });
    clearTimeout(writing);
    expect(names(scan)).toEqual({ imported: [], failed: [], known: [], waiting: ['orders_export.csv'] });
    const next = await call(core, 'watch.scan', { folder: dir, settleMs: 50 });
    expect(next.imported[0]).toMatchObject({ fileName: 'orders_export.csv', report: { ordersAdded: 2 } });
  });

  it('Settings > Watch a folder: the app core watches the saved folder and says what it imported', async () => {
    const temp = makeTempDir('regulars-watch-core-');
    cleanups.push(() => temp.cleanup());
    const dir = folder();
    const dbPath = join(temp.dir, 'regulars.db');
    const core = createCore({ dbPath, workerUrl: WORKER_URL, watchFolder: { intervalMs: 100 } });
    let closed = false;
    cleanups.push(async () => {
      if (!closed) await core.close();
    });
    const events: ApiEvent[] = [];
    core.events.subscribe((event) => events.push(event));
    await expect(call(core, 'watch.setFolder', { folder: join(dir, 'missing') })).rejects.toThrow('is not a folder');
    expect(await call(core, 'watch.setFolder', { folder: dir })).toEqual({ folder: dir });
    expect(await call(core, 'watch.folder', {})).toEqual({ folder: dir });
    writeFileSync(join(dir, 'orders_export.csv'), FIRST);
    const deadline = Date.now() + 20_000;
    while (!events.some((e) => e.name === 'watch.imported') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const imported = events.find((e): e is ApiEvent<'watch.imported'> => e.name === 'watch.imported');
    expect(imported?.payload.imported).toEqual([expect.objectContaining({ fileName: 'orders_export.csv', kind: 'export' })]);
    expect(events.some((e) => e.name === 'data.changed')).toBe(true);

    // The folder is remembered with the shop: a new app core watches it again.
    await core.close();
    closed = true;
    const reopened = createCore({ dbPath, workerUrl: WORKER_URL, watchFolder: { intervalMs: 100 } });
    cleanups.push(() => reopened.close());
    const later: ApiEvent[] = [];
    reopened.events.subscribe((event) => later.push(event));
    expect(await call(reopened, 'watch.folder', {})).toEqual({ folder: dir });
    copyFileSync(join(dir, 'orders_export.csv'), join(dir, 'copy.csv'));
    writeFileSync(join(dir, 'orders_export_2.csv'), SECOND);
    const until = Date.now() + 20_000;
    while (!later.some((e) => e.name === 'watch.imported') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const second = later.find((e): e is ApiEvent<'watch.imported'> => e.name === 'watch.imported');
    expect(second?.payload.imported.map((f) => f.fileName)).toEqual(['orders_export_2.csv']);
    expect(await call(reopened, 'watch.setFolder', { folder: null })).toEqual({ folder: null });
    expect(await call(reopened, 'watch.folder', {})).toEqual({ folder: null });
    // Not watched any more: a new export stays where it is.
    const seen = later.length;
    writeFileSync(join(dir, 'orders_export_3.csv'), transactions(['1004,cy,2026-03-01,9.00']));
    await new Promise((r) => setTimeout(r, 600));
    expect(later.slice(seen).filter((e) => e.name === 'watch.imported')).toEqual([]);
  });

  it('CLI: npx regulars watch DIR --once --json imports what is new and exits', async () => {
    const temp = makeTempDir('regulars-watch-cli-');
    cleanups.push(() => temp.cleanup());
    const dir = folder();
    writeFileSync(join(dir, 'orders_export.csv'), FIRST);
    const db = join(temp.dir, 'regulars.db');
    const run = await regulars(['watch', dir, '--once', '--json', '--db', db]);
    expect(realErrors(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    expect(names(JSON.parse(run.stdout) as WatchScan)).toEqual({ imported: ['orders_export.csv'], failed: [], known: [], waiting: [] });
    copyFileSync(join(dir, 'orders_export.csv'), join(dir, 'again.csv'));
    const twice = await regulars(['watch', dir, '--once', '--db', db]);
    expect(twice.status).toBe(0);
    expect(twice.stdout.trim()).toBe(`Nothing new in ${dir}.`);
  });
});
