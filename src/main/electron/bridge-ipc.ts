import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { BRIDGE_CHANNELS } from '../../shared/api/bridge.ts';
import type { Envelope } from '../../shared/api/envelope.ts';
import type { ApiEvent } from '../../shared/api/events.ts';
import { filePath } from '../../shared/api/schemas.ts';
import type { Dispatch } from '../core/dispatch.ts';
import { toErrorShape } from '../../shared/api/to-error-shape.ts';
import type { ChosenPaths } from './chosen-paths.ts';
import type { FileDialogs } from './file-dialogs.ts';
import { assertPathsChosen, withReplaceConfirmed } from './path-arguments.ts';

export const FORBIDDEN_SENDER: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden_sender', message: 'This request did not come from the Regulars window and was refused.' },
};

export interface BridgeIpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  /** isTrustedSender bound to our window and origin policy. */
  isTrusted(event: IpcMainInvokeEvent): boolean;
  dispatch: Dispatch;
  dialogs: FileDialogs;
  chosen: ChosenPaths;
  /** Called after the page changed the preferences, so the shell can follow (menu language, theme). */
  afterRequest?(name: string, answer: Envelope<unknown>): void;
}

function refuse(): never {
  throw new Error('forbidden_sender: this message did not come from the Regulars window.');
}

/**
 * The whole IPC surface: four invoke channels, each checking its sender first. Requests go to
 * core.dispatch (which validates names and input); a request naming a file the user did not
 * choose for it is refused before it reaches the core, and one writing a file chosen in the save
 * dialog (which asked before replacing an existing file) goes with `replace` confirmed.
 */
export function registerBridgeIpc(deps: BridgeIpcDeps): void {
  deps.ipcMain.handle(BRIDGE_CHANNELS.request, async (event, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!deps.isTrusted(event)) return FORBIDDEN_SENDER;
    try {
      assertPathsChosen(name, input, deps.chosen);
    } catch (error) {
      return { ok: false, error: toErrorShape(error) };
    }
    const answer = await deps.dispatch(name, withReplaceConfirmed(name, input));
    if (typeof name === 'string') deps.afterRequest?.(name, answer);
    return answer;
  });
  deps.ipcMain.handle(BRIDGE_CHANNELS.chooseFiles, (event, purpose: unknown) => (deps.isTrusted(event) ? deps.dialogs.chooseFiles(purpose) : refuse()));
  deps.ipcMain.handle(BRIDGE_CHANNELS.chooseSave, (event, purpose: unknown, suggestedName: unknown) =>
    deps.isTrusted(event) ? deps.dialogs.chooseSaveLocation(purpose, suggestedName) : refuse(),
  );
  deps.ipcMain.handle(BRIDGE_CHANNELS.droppedFile, (event, path: unknown) => {
    if (!deps.isTrusted(event)) refuse();
    const parsed = filePath.safeParse(path);
    if (!parsed.success) throw new Error('A dropped file has no local path.');
    deps.chosen.remember([parsed.data], 'import');
    return parsed.data;
  });
}

/** Sends the core's events (and the shell's own) to our window, if it is still there. */
export function createEventSender(contents: () => Pick<WebContents, 'isDestroyed' | 'send'> | null): (event: ApiEvent) => void {
  return (event) => {
    const target = contents();
    if (target && !target.isDestroyed()) target.send(BRIDGE_CHANNELS.event, event);
  };
}
