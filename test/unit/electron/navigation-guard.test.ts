import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { handleWindowOpen, installNavigationGuard, mayNavigate } from '../../../src/main/electron/navigation-guard.ts';

type WebContents = Parameters<typeof installNavigationGuard>[0];

const prod = { devServerUrl: null };

/** A stand-in WebContents: an event emitter plus the window-open handler slot. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  });
  const fire = (name: string, url: string) => {
    let prevented = false;
    emitter.emit(name, { url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('navigation guard', () => {
  it('lets the page move only between our own pages', () => {
    expect(mayNavigate('app://regulars/index.html', prod)).toBe(true);
    expect(mayNavigate('https://example.com/', prod)).toBe(false);
    expect(mayNavigate('file:///etc/passwd', prod)).toBe(false);
    expect(mayNavigate('http://localhost:5173/', { devServerUrl: 'http://localhost:5173' })).toBe(true);
  });

  it('prevents foreign navigations and redirects in any frame', () => {
    const { contents, fire } = fakeContents();
    installNavigationGuard(contents, prod, () => undefined);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(event, 'https://evil.example/phish'), event).toBe(true);
      expect(fire(event, 'file:///home/user/.ssh/id_rsa'), event).toBe(true);
      expect(fire(event, 'app://regulars/index.html'), event).toBe(false);
    }
  });

  it('never attaches a <webview>', () => {
    const { contents, fire } = fakeContents();
    installNavigationGuard(contents, prod, () => undefined);
    expect(fire('will-attach-webview', 'app://regulars/index.html')).toBe(true);
  });

  it('denies every new window; http(s) links go to the OS browser, other URLs nowhere', () => {
    const opened: string[] = [];
    const { contents, open } = fakeContents();
    installNavigationGuard(contents, prod, (url) => opened.push(url));
    expect(open('https://shopify.dev/docs')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('app://regulars/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://shopify.dev/docs']);
  });

  it('survives a failing openExternal', async () => {
    expect(handleWindowOpen('https://example.com/', () => Promise.reject(new Error('no browser')))).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
