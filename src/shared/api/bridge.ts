import type { Envelope } from './envelope.ts';
import type { ApiEvent } from './events.ts';

/**
 * The one object the preload (or the browser test shim) installs as `window.regulars`.
 * Deliberately untyped at this level: the renderer's client adds the contract's types on top,
 * and the core validates every input anyway.
 */
export interface RegularsBridge {
  request(name: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: ApiEvent) => void): () => void;
  /** The local path of a file the user dropped (Electron's webUtils.getPathForFile). */
  pathForFile(file: unknown): Promise<string>;
  /** Ask the shell to show an open-file dialog; resolves with the chosen paths. */
  chooseFiles(purpose: 'import' | 'restore'): Promise<string[]>;
  /** Ask the shell for a save location for an audience export or a backup (the shell lets only that request write it). */
  chooseSaveLocation(purpose: 'export' | 'backup', suggestedName: string): Promise<string | null>;
}

export const BRIDGE_CHANNELS = {
  request: 'regulars:request',
  event: 'regulars:event',
  chooseFiles: 'regulars:choose-files',
  chooseSave: 'regulars:choose-save',
  /** The preload reports a dropped file's path so the shell can add it to the paths the user chose. */
  droppedFile: 'regulars:dropped-file',
} as const;
