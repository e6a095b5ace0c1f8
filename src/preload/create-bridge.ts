import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { BRIDGE_CHANNELS, type RegularsBridge } from '../shared/api/bridge.ts';
import type { Envelope } from '../shared/api/envelope.ts';
import type { ApiEvent } from '../shared/api/events.ts';

export interface BridgeDeps {
  ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;
  /** webUtils.getPathForFile: '' for a File that is not on disk. */
  getPathForFile(file: File): string;
  /** The contract's request names, compiled into the preload at build time (see electron.vite.config.ts). */
  requestNames: readonly string[];
}

function unknownRequest(name: unknown): Envelope<never> {
  const shown = typeof name === 'string' ? name.slice(0, 100) : typeof name;
  return { ok: false, error: { code: 'unknown_request', message: `There is no request called ${JSON.stringify(shown)}.` } };
}

/**
 * `window.regulars`: a handful of functions over fixed channels. The page never sees
 * ipcRenderer, never names a channel, and cannot send a request name the contract lacks.
 */
export function createBridge({ ipcRenderer, getPathForFile, requestNames }: BridgeDeps): RegularsBridge {
  const known: ReadonlySet<string> = new Set(requestNames);
  return {
    request(name, input) {
      if (typeof name !== 'string' || !known.has(name)) return Promise.resolve(unknownRequest(name));
      return ipcRenderer.invoke(BRIDGE_CHANNELS.request, name, input) as Promise<Envelope<unknown>>;
    },
    subscribe(listener) {
      if (typeof listener !== 'function') throw new TypeError('subscribe needs a function');
      const forward = (_event: IpcRendererEvent, apiEvent: ApiEvent) => listener(apiEvent);
      ipcRenderer.on(BRIDGE_CHANNELS.event, forward);
      return () => {
        ipcRenderer.removeListener(BRIDGE_CHANNELS.event, forward);
      };
    },
    async pathForFile(file) {
      const path = getPathForFile(file as File);
      if (typeof path !== 'string' || path === '') throw new Error('This file has no local path; drop a file from your computer.');
      return ipcRenderer.invoke(BRIDGE_CHANNELS.droppedFile, path) as Promise<string>;
    },
    chooseFiles(purpose) {
      return ipcRenderer.invoke(BRIDGE_CHANNELS.chooseFiles, purpose) as Promise<string[]>;
    },
    chooseSaveLocation(purpose, suggestedName) {
      return ipcRenderer.invoke(BRIDGE_CHANNELS.chooseSave, purpose, suggestedName) as Promise<string | null>;
    },
  };
}
