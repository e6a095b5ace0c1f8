import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../src/preload/create-bridge.ts';
import { BRIDGE_CHANNELS } from '../../../src/shared/api/bridge.ts';
import { requestNames } from '../../../src/shared/api/index.ts';
import type { ApiEvent } from '../../../src/shared/api/events.ts';

function fakeIpc() {
  const emitter = new EventEmitter();
  const invoked: unknown[][] = [];
  const ipcRenderer = Object.assign(emitter, {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: args[0] === BRIDGE_CHANNELS.droppedFile ? args[1] : null };
    },
  });
  return { ipcRenderer, invoked };
}

describe('preload bridge (window.regulars)', () => {
  it('exposes only the five bridge functions', () => {
    const bridge = createBridge({ ipcRenderer: fakeIpc().ipcRenderer as never, getPathForFile: () => '', requestNames });
    expect(Object.keys(bridge).sort()).toEqual(['chooseFiles', 'chooseSaveLocation', 'pathForFile', 'request', 'subscribe']);
  });

  it('sends known requests on the request channel and refuses other names without IPC', async () => {
    const { ipcRenderer, invoked } = fakeIpc();
    const bridge = createBridge({ ipcRenderer: ipcRenderer as never, getPathForFile: () => '', requestNames });
    await bridge.request('shop.summary', { asOf: '2024-01-31' });
    expect(invoked).toEqual([[BRIDGE_CHANNELS.request, 'shop.summary', { asOf: '2024-01-31' }]]);
    for (const name of ['db.exec', 'constructor', '__proto__', 'regulars:choose-files', 42, null]) {
      expect(await bridge.request(name as string, {})).toMatchObject({ ok: false, error: { code: 'unknown_request' } });
    }
    expect(invoked).toHaveLength(1);
  });

  it('forwards events until unsubscribed, without exposing the IPC event', () => {
    const { ipcRenderer } = fakeIpc();
    const bridge = createBridge({ ipcRenderer: ipcRenderer as never, getPathForFile: () => '', requestNames });
    const received: unknown[] = [];
    const unsubscribe = bridge.subscribe((event) => received.push(event));
    const event: ApiEvent = { name: 'data.changed', payload: { reason: 'import' } };
    ipcRenderer.emit(BRIDGE_CHANNELS.event, { sender: 'ipc internals' }, event);
    unsubscribe();
    ipcRenderer.emit(BRIDGE_CHANNELS.event, {}, event);
    expect(received).toEqual([event]);
    expect(ipcRenderer.listenerCount(BRIDGE_CHANNELS.event)).toBe(0);
  });

  it('reports a dropped file path to the shell and refuses files without one', async () => {
    const { ipcRenderer, invoked } = fakeIpc();
    const paths = new Map<unknown, string>([['dropped', '/home/owner/orders.csv']]);
    const bridge = createBridge({ ipcRenderer: ipcRenderer as never, getPathForFile: (file) => paths.get(file) ?? '', requestNames });
    await bridge.pathForFile('dropped');
    expect(invoked).toEqual([[BRIDGE_CHANNELS.droppedFile, '/home/owner/orders.csv']]);
    await expect(bridge.pathForFile('made-up')).rejects.toThrow(/no local path/);
  });

  it('asks the shell for dialogs on their fixed channels', async () => {
    const { ipcRenderer, invoked } = fakeIpc();
    const bridge = createBridge({ ipcRenderer: ipcRenderer as never, getPathForFile: () => '', requestNames });
    await bridge.chooseFiles('import');
    await bridge.chooseSaveLocation('export', 'lapsed.csv');
    expect(invoked).toEqual([
      [BRIDGE_CHANNELS.chooseFiles, 'import'],
      [BRIDGE_CHANNELS.chooseSave, 'export', 'lapsed.csv'],
    ]);
  });
});
