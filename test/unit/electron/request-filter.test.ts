import { describe, expect, it } from 'vitest';
import { installRequestFilter, isAllowedRequestUrl } from '../../../src/main/electron/request-filter.ts';

const prod = { devServerUrl: null };
const dev = { devServerUrl: 'http://localhost:5173/' };

const remote = [
  'http://example.com/',
  'https://example.com/track.gif',
  'https://fonts.googleapis.com/css2?family=Inter',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'ftp://example.com/file',
  'file:///etc/passwd',
  'file:///C:/Users/owner/orders.csv',
  'chrome://settings',
  'app://evil/index.html',
  'blob:https://example.com/1234',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:application/javascript,alert(1)',
  'data:text/javascript;base64,YWxlcnQoMSk=',
  'data:,hello',
  'data:image,not-a-type',
  'data:imagex/png;base64,iVBORw0KGgo=',
];

describe('request filter', () => {
  it('lets only app:// files and inline data: images through in the app', () => {
    expect(isAllowedRequestUrl('app://regulars/index.html', prod)).toBe(true);
    expect(isAllowedRequestUrl('app://regulars/assets/index.js', prod)).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,iVBORw0KGgo=', prod)).toBe(true);
    expect(isAllowedRequestUrl('data:image/svg+xml,%3csvg%3e%3c/svg%3e', prod)).toBe(true);
    expect(isAllowedRequestUrl('DATA:IMAGE/GIF;base64,R0lGODlh', prod)).toBe(true);
    for (const url of [...remote, 'http://localhost:5173/', 'ws://localhost:5173/', 'devtools://devtools/bundled/inspector.html']) {
      expect(isAllowedRequestUrl(url, prod), url).toBe(false);
    }
  });

  it('in dev adds only the dev server, its HMR socket and the dev tools', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:8080/', dev)).toBe(false);
    for (const url of remote) expect(isAllowedRequestUrl(url, dev), url).toBe(false);
  });

  it('cancels refused requests through session.webRequest.onBeforeRequest', () => {
    let listener: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
    installRequestFilter({ webRequest: { onBeforeRequest: (l: unknown) => (listener = l as typeof listener) } } as never, prod);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      listener!({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('app://regulars/index.html')).toBe(false);
  });
});
