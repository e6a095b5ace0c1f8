import type { WebContents } from 'electron';
import { isOwnPageUrl, isSafeExternalUrl, type OriginPolicy } from './app-origin.ts';

/** A page may only ever move between our own pages; anything else is stopped. */
export function mayNavigate(url: string, policy: OriginPolicy): boolean {
  return isOwnPageUrl(url, policy);
}

/**
 * What happens when the page asks for a new window: never one. A well-formed http(s) link
 * goes to the OS browser instead; every other URL is simply dropped.
 */
export function handleWindowOpen(url: string, openExternal: (url: string) => unknown): { action: 'deny' } {
  if (isSafeExternalUrl(url)) void Promise.resolve(openExternal(url)).catch(() => undefined);
  return { action: 'deny' };
}

type Preventable = { url?: string; preventDefault(): void };

/**
 * Applies the navigation rules to one WebContents (installed for every WebContents the app
 * creates): foreign navigations and redirects in any frame are prevented, new windows are
 * denied, and <webview> can never attach.
 */
export function installNavigationGuard(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, policy: OriginPolicy, openExternal: (url: string) => unknown): void {
  const stopForeign = (event: Preventable) => {
    if (!mayNavigate(event.url ?? '', policy)) event.preventDefault();
  };
  contents.on('will-navigate', stopForeign);
  contents.on('will-frame-navigate', stopForeign);
  contents.on('will-redirect', stopForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details.url, openExternal));
}
