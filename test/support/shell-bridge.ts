import { registerBridgeIpc } from '../../src/main/electron/bridge-ipc.ts';
import { ChosenPaths } from '../../src/main/electron/chosen-paths.ts';
import { BRIDGE_CHANNELS } from '../../src/shared/api/bridge.ts';
import type { Envelope } from '../../src/shared/api/envelope.ts';
import type { Dispatch } from '../../src/main/core/dispatch.ts';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

/**
 * The shell's real IPC handler over a core's dispatch, with no dialogs: `chosen` holds what the user picked,
 * and `fromWindow` sends a request as the page does, through the shell's checks.
 */
export function shellBridge(dispatch: Dispatch): {
  chosen: ChosenPaths;
  fromWindow: (name: string, input: unknown) => Promise<Envelope<unknown>>;
} {
  const chosen = new ChosenPaths();
  const handlers = new Map<string, Handler>();
  registerBridgeIpc({
    ipcMain: { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never,
    isTrusted: () => true,
    dispatch,
    dialogs: { chooseFiles: async () => [], chooseSaveLocation: async () => null },
    chosen,
  });
  return { chosen, fromWindow: (name, input) => handlers.get(BRIDGE_CHANNELS.request)!({}, name, input) as Promise<Envelope<unknown>> };
}
