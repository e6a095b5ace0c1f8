import type { IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { isOwnPageUrl, type OriginPolicy } from './app-origin.ts';

type Frame = Pick<WebFrameMain, 'url' | 'parent' | 'processId' | 'routingId'>;
export type SenderEvent = { sender: Pick<WebContents, 'id'>; senderFrame: Frame | null };
export type OurContents = Pick<WebContents, 'id' | 'isDestroyed'> & { mainFrame: Pick<WebFrameMain, 'processId' | 'routingId'> };

/**
 * Whether an IPC message comes from our window's top-level frame showing one of our own pages.
 * Messages from another WebContents, from any subframe, from a frame that navigated elsewhere,
 * or after the window is gone are not trusted.
 */
export function isTrustedSender(event: SenderEvent | IpcMainInvokeEvent, ours: OurContents | null, policy: OriginPolicy): boolean {
  if (!ours || ours.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender.id !== ours.id || frame.parent !== null) return false;
  if (frame.processId !== ours.mainFrame.processId || frame.routingId !== ours.mainFrame.routingId) return false;
  return isOwnPageUrl(frame.url, policy);
}
