/**
 * Where the app's own pages come from. In a packaged or previewed app that is the custom
 * `app://regulars/` protocol; under `npm run dev` it is the electron-vite dev server
 * (ELECTRON_RENDERER_URL). Everything else is foreign: never loaded, never trusted.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'regulars';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface OriginPolicy {
  /** The dev server's URL in `npm run dev`, null otherwise. */
  devServerUrl: string | null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `app://regulars/...` (Node gives non-special schemes an opaque origin, so compare scheme and host). */
export function isAppProtocolUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** Same scheme, host and port as the dev server. */
export function isDevServerUrl(url: string, devServerUrl: string | null): boolean {
  if (!devServerUrl) return false;
  const parsed = parse(url);
  const server = parse(devServerUrl);
  return parsed !== null && server !== null && parsed.origin === server.origin && parsed.username === '' && parsed.password === '';
}

/** A page of our own: the only URLs the window may show and the only senders IPC trusts. */
export function isOwnPageUrl(url: string, policy: OriginPolicy): boolean {
  return isAppProtocolUrl(url) || isDevServerUrl(url, policy.devServerUrl);
}

/**
 * A link the OS browser may open: well-formed http(s) with a host and no credentials.
 * `javascript:`, `file:`, `data:`, custom schemes and anything unparsable are refused.
 */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false;
  const parsed = parse(url);
  if (!parsed) return false;
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
