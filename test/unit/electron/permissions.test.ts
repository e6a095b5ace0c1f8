import { describe, expect, it } from 'vitest';
import { installPermissionHandlers, isPermissionGranted } from '../../../src/main/electron/permissions.ts';

const prod = { devServerUrl: null };
const everything = ['media', 'geolocation', 'notifications', 'clipboard-read', 'midi', 'midiSysex', 'hid', 'serial', 'usb', 'openExternal', 'fullscreen', 'pointerLock', 'display-capture', 'idle-detection', 'unknown'];

describe('permissions', () => {
  it('refuses every permission, to every origin, except writing text to the clipboard from our own page', () => {
    for (const permission of everything) {
      expect(isPermissionGranted(permission, 'app://regulars/index.html', prod), permission).toBe(false);
    }
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://regulars', prod)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example', prod)).toBe(false);
  });

  it('installs request, check and device handlers that deny', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
    };
    installPermissionHandlers(session as never, prod);
    const request = handlers.request as unknown as (wc: null, permission: string, cb: (granted: boolean) => void, details: { requestingUrl: string }) => void;
    const check = handlers.check as unknown as (wc: null, permission: string, origin: string) => boolean;
    const device = handlers.device as unknown as () => boolean;
    for (const permission of everything) {
      let granted: boolean | undefined;
      request(null, permission, (g) => (granted = g), { requestingUrl: 'app://regulars/index.html' });
      expect(granted, permission).toBe(false);
      expect(check(null, permission, 'app://regulars'), permission).toBe(false);
    }
    expect(device()).toBe(false);
  });
});
