import type { Session } from 'electron';
import { isOwnPageUrl, type OriginPolicy } from './app-origin.ts';

/**
 * The one permission our own page keeps: writing plain text to the clipboard (the "copy"
 * buttons). Reading the clipboard, camera, microphone, notifications, geolocation, HID, USB,
 * serial, MIDI, fullscreen, opening external apps... everything else, and everything asked
 * by any other origin, is refused.
 */
export function isPermissionGranted(permission: string, requestingUrl: string, policy: OriginPolicy): boolean {
  return permission === 'clipboard-sanitized-write' && isOwnPageUrl(requestingUrl, policy);
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/** Answers every permission request and check (and device access) through `isPermissionGranted`. */
export function installPermissionHandlers(session: PermissionSession, policy: OriginPolicy): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl ?? '', policy));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin, policy));
  session.setDevicePermissionHandler(() => false);
}
