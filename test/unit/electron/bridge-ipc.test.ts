import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS } from '../../../src/shared/api/bridge.ts';
import type { Envelope } from '../../../src/shared/api/envelope.ts';
import type { ApiEvent } from '../../../src/shared/api/events.ts';
import { createEventSender, registerBridgeIpc, type BridgeIpcDeps } from '../../../src/main/electron/bridge-ipc.ts';
import { ChosenPaths } from '../../../src/main/electron/chosen-paths.ts';
import { createFileDialogs, type FileDialogDeps } from '../../../src/main/electron/file-dialogs.ts';
import { isTrustedSender } from '../../../src/main/electron/ipc-sender.ts';
import { createShellText } from '../../../src/main/electron/shell-text.ts';
import { startTestCore } from '../../support/core.ts';

type IpcMainInvokeEvent = Parameters<BridgeIpcDeps['isTrusted']>[0];
type OpenDialogOptions = Parameters<FileDialogDeps['showOpen']>[0];
type SaveDialogOptions = Parameters<FileDialogDeps['showSave']>[0];
type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const ours = { id: 1, isDestroyed: () => false, mainFrame: { processId: 10, routingId: 20 } };
const fromOurPage = { sender: { id: 1 }, senderFrame: { url: 'app://regulars/index.html', parent: null, processId: 10, routingId: 20 } } as unknown as IpcMainInvokeEvent;
const fromSubframe = { sender: { id: 1 }, senderFrame: { url: 'app://regulars/index.html', parent: {}, processId: 10, routingId: 21 } } as unknown as IpcMainInvokeEvent;
const fromForeignPage = { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null, processId: 10, routingId: 20 } } as unknown as IpcMainInvokeEvent;
const fromOtherContents = { sender: { id: 7 }, senderFrame: { url: 'app://regulars/index.html', parent: null, processId: 30, routingId: 1 } } as unknown as IpcMainInvokeEvent;

describe('bridge IPC (through a real core on a temp database)', () => {
  let core: ReturnType<typeof startTestCore>;
  const handlers = new Map<string, Handler>();
  const chosen = new ChosenPaths();
  const openRequests: OpenDialogOptions[] = [];
  const saveRequests: SaveDialogOptions[] = [];
  let nextOpen: string[] = [];
  let nextSave = '';
  let csv = '';
  const afterRequests: string[] = [];

  beforeAll(() => {
    core = startTestCore({ inline: true });
    csv = join(core.dir, 'orders_export.csv');
    writeFileSync(csv, 'Name,Email\n');
    const dialogs = createFileDialogs({
      showOpen: async (options) => {
        openRequests.push(options);
        return { canceled: nextOpen.length === 0, filePaths: nextOpen };
      },
      showSave: async (options) => {
        saveRequests.push(options);
        return { canceled: false, filePath: nextSave };
      },
      chosen,
      text: () => createShellText('en').t,
      documentsDir: () => core.dir,
    });
    registerBridgeIpc({
      ipcMain: { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never,
      isTrusted: (event) => isTrustedSender(event, ours, { devServerUrl: null }),
      dispatch: core.dispatch,
      dialogs,
      chosen,
      afterRequest: (name, answer) => void afterRequests.push(`${name}:${answer.ok}`),
    });
  });
  afterAll(async () => {
    await core.dispose();
  });

  /** Like ipcMain.handle: a throw becomes a rejected invoke. */
  const invoke = async (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  const request = (event: IpcMainInvokeEvent, name: unknown, input: unknown) => invoke(BRIDGE_CHANNELS.request, event, name, input) as Promise<Envelope<unknown>>;

  it('registers exactly the four bridge channels', () => {
    expect([...handlers.keys()].sort()).toEqual([BRIDGE_CHANNELS.chooseFiles, BRIDGE_CHANNELS.chooseSave, BRIDGE_CHANNELS.droppedFile, BRIDGE_CHANNELS.request].sort());
  });

  it('answers our page through core.dispatch', async () => {
    expect(await request(fromOurPage, 'app.info', {})).toMatchObject({ ok: true, value: { dbPath: core.dbPath } });
    expect(afterRequests).toContain('app.info:true');
  });

  it('refuses foreign frames, subframes and foreign URLs with forbidden_sender, before the core runs', async () => {
    for (const event of [fromSubframe, fromForeignPage, fromOtherContents]) {
      expect(await request(event, 'app.info', {})).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden_sender' }) });
    }
    await expect(invoke(BRIDGE_CHANNELS.chooseFiles, fromForeignPage, 'import')).rejects.toThrow(/forbidden_sender/);
    await expect(invoke(BRIDGE_CHANNELS.chooseSave, fromSubframe, 'export', 'a.csv')).rejects.toThrow(/forbidden_sender/);
    await expect(invoke(BRIDGE_CHANNELS.droppedFile, fromOtherContents, csv)).rejects.toThrow(/forbidden_sender/);
    expect(openRequests).toHaveLength(0);
    expect(chosen.allows(csv, 'imports.run', 'read')).toBe(false);
  });

  it('lets the core schema reject bad input and unknown names', async () => {
    expect(await request(fromOurPage, 'shop.summary', { asOf: '2024-02-30' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await request(fromOurPage, 'app.info', { sql: 'DROP TABLE orders' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await request(fromOurPage, 'db.exec', {})).toMatchObject({ ok: false, error: { code: 'unknown_request' } });
    expect(await request(fromOurPage, { toString: () => 'app.info' }, {})).toMatchObject({ ok: false, error: { code: 'unknown_request' } });
  });

  it('refuses a request naming a file the user did not choose', async () => {
    const answer = await request(fromOurPage, 'imports.run', { paths: ['/etc/passwd'] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('/etc/passwd') } });
  });

  it('lets a file chosen in the open dialog through to the core', async () => {
    nextOpen = [csv];
    expect(await invoke(BRIDGE_CHANNELS.chooseFiles, fromOurPage, 'import')).toEqual([csv]);
    expect(openRequests.at(-1)?.filters?.[0]?.extensions).toEqual(['csv']);
    expect(chosen.allows(csv, 'imports.run', 'read')).toBe(true);
    const answer = await request(fromOurPage, 'imports.run', { paths: [csv] });
    expect(JSON.stringify(answer)).not.toContain('files you chose');
  });

  it('refuses to write over a file chosen to import, or to export to a file chosen for a backup', async () => {
    nextOpen = [csv];
    await invoke(BRIDGE_CHANNELS.chooseFiles, fromOurPage, 'import');
    const before = readFileSync(csv, 'utf8');
    const overImport = await request(fromOurPage, 'campaigns.export', { audience: { kind: 'stage', stage: 'new' }, format: 'csv', path: csv });
    expect(overImport).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { messageKey: 'app:dataErrors.writeNotChosen' } } });
    expect(await request(fromOurPage, 'data.backup', { path: csv })).toMatchObject({ ok: false, error: { details: { messageKey: 'app:dataErrors.writeNotChosen' } } });
    expect(readFileSync(csv, 'utf8')).toBe(before);

    nextSave = join(core.dir, 'shop-backup.db');
    expect(await invoke(BRIDGE_CHANNELS.chooseSave, fromOurPage, 'backup', 'shop-backup.db')).toBe(nextSave);
    const exportToBackup = await request(fromOurPage, 'campaigns.export', { audience: { kind: 'stage', stage: 'new' }, format: 'csv', path: nextSave });
    expect(exportToBackup).toMatchObject({ ok: false, error: { details: { messageKey: 'app:dataErrors.writeNotChosen' } } });
    expect(await request(fromOurPage, 'imports.run', { paths: [nextSave] })).toMatchObject({ ok: false, error: { details: { messageKey: 'app:dataErrors.readNotChosen' } } });
    expect(existsSync(nextSave)).toBe(false);
  });

  it('replaces an existing file chosen in the save dialog (the dialog asked), never one the page only named', async () => {
    nextSave = join(core.dir, 'kept.db');
    writeFileSync(nextSave, 'an older backup');
    expect(await invoke(BRIDGE_CHANNELS.chooseSave, fromOurPage, 'backup', 'kept.db')).toBe(nextSave);
    expect(await request(fromOurPage, 'data.backup', { path: nextSave, replace: false })).toMatchObject({ ok: true });
    expect(readFileSync(nextSave).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });

  it('remembers a dropped file and a chosen save location', async () => {
    const dropped = join(core.dir, 'dropped.csv');
    expect(await invoke(BRIDGE_CHANNELS.droppedFile, fromOurPage, dropped)).toBe(dropped);
    expect(chosen.allows(dropped, 'imports.run', 'read')).toBe(true);
    expect(chosen.allows(dropped, 'campaigns.export', 'write')).toBe(false);
    await expect(invoke(BRIDGE_CHANNELS.droppedFile, fromOurPage, '')).rejects.toThrow();
    nextSave = join(core.dir, 'audience.csv');
    expect(await invoke(BRIDGE_CHANNELS.chooseSave, fromOurPage, 'export', '../../evil/audience.csv')).toBe(join(core.dir, 'audience.csv'));
    expect(saveRequests.at(-1)?.defaultPath).toBe(join(core.dir, 'audience.csv'));
    expect(chosen.allows(join(core.dir, 'audience.csv'), 'campaigns.export', 'write')).toBe(true);
    expect(chosen.allows(join(core.dir, 'audience.csv'), 'data.backup', 'write')).toBe(false);
    await expect(invoke(BRIDGE_CHANNELS.chooseSave, fromOurPage, 'anything', 'a.csv')).rejects.toThrow(/Unknown file purpose/);
  });

  it('returns nothing when the dialog is cancelled and refuses unknown purposes', async () => {
    nextOpen = [];
    expect(await invoke(BRIDGE_CHANNELS.chooseFiles, fromOurPage, 'restore')).toEqual([]);
    expect(openRequests.at(-1)?.filters?.[0]?.extensions).toEqual(['db']);
    await expect(invoke(BRIDGE_CHANNELS.chooseFiles, fromOurPage, 'anything')).rejects.toThrow(/Unknown file purpose/);
  });
});

describe('event forwarding', () => {
  it('sends events on the event channel to a live window only', () => {
    const sent: [string, ApiEvent][] = [];
    let destroyed = false;
    const target = { isDestroyed: () => destroyed, send: (channel: string, event: ApiEvent) => void sent.push([channel, event]) };
    const forward = createEventSender(() => target as never);
    forward({ name: 'data.changed', payload: { reason: 'import' } });
    destroyed = true;
    forward({ name: 'data.changed', payload: { reason: 'again' } });
    createEventSender(() => null)({ name: 'data.changed', payload: { reason: 'no window' } });
    expect(sent).toEqual([[BRIDGE_CHANNELS.event, { name: 'data.changed', payload: { reason: 'import' } }]]);
  });
});
