import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './create-bridge.ts';

/** Filled in at build time from the contract (electron.vite.config.ts), so the preload never bundles zod. */
declare const __REGULARS_REQUEST_NAMES__: readonly string[];

// The sandboxed preload: installs `window.regulars` and nothing else.
contextBridge.exposeInMainWorld(
  'regulars',
  createBridge({ ipcRenderer, getPathForFile: (file) => webUtils.getPathForFile(file), requestNames: __REGULARS_REQUEST_NAMES__ }),
);
