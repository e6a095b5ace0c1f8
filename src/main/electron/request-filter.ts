import type { Session } from 'electron';
import { isAppProtocolUrl, isDevServerUrl, type OriginPolicy } from './app-origin.ts';

/** Inline images (`data:image/png;base64,...`): the only `data:` URLs the page may load. */
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif|bmp|x-icon|svg\+xml)[;,]/i;

/**
 * Whether the renderer may load a URL at all. Regulars needs no network: only app:// files
 * and inline `data:` images pass. Under `npm run dev` the dev server (http and its HMR
 * WebSocket) and the dev tools' own pages pass too. http, https, ws, ftp, file and every
 * other scheme are cancelled.
 */
export function isAllowedRequestUrl(url: string, policy: OriginPolicy): boolean {
  if (isAppProtocolUrl(url) || INLINE_IMAGE.test(url)) return true;
  if (!policy.devServerUrl) return false;
  if (isDevServerUrl(url, policy.devServerUrl)) return true;
  if (isDevServerUrl(url.replace(/^ws(s?):/, 'http$1:'), policy.devServerUrl)) return true;
  return url.startsWith('devtools://');
}

type WebRequestSession = { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** Cancels, before it leaves the process, every request `isAllowedRequestUrl` refuses. */
export function installRequestFilter(session: WebRequestSession, policy: OriginPolicy): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, policy) });
  });
}
