import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNELS } from '../shared/api/bridge.ts';

contextBridge.exposeInMainWorld('regulars', {
  request: (name: string, input: unknown) => ipcRenderer.invoke(BRIDGE_CHANNELS.request, name, input),
});
