import { describe, expect, it } from 'vitest';
import { isTrustedSender, type OurContents, type SenderEvent } from '../../../src/main/electron/ipc-sender.ts';

const prod = { devServerUrl: null };

function ourWindow(destroyed = false): OurContents {
  return { id: 1, isDestroyed: () => destroyed, mainFrame: { processId: 10, routingId: 20 } } as OurContents;
}

function event(overrides: { contentsId?: number; url?: string; parent?: object | null; processId?: number; routingId?: number; noFrame?: boolean } = {}): SenderEvent {
  return {
    sender: { id: overrides.contentsId ?? 1 },
    senderFrame: overrides.noFrame
      ? null
      : ({ url: overrides.url ?? 'app://regulars/index.html', parent: overrides.parent ?? null, processId: overrides.processId ?? 10, routingId: overrides.routingId ?? 20 } as SenderEvent['senderFrame']),
  };
}

describe('IPC sender check', () => {
  it('accepts our window main frame showing our page', () => {
    expect(isTrustedSender(event(), ourWindow(), prod)).toBe(true);
  });

  it('refuses a frame of another WebContents', () => {
    expect(isTrustedSender(event({ contentsId: 2 }), ourWindow(), prod)).toBe(false);
    expect(isTrustedSender(event({ processId: 11 }), ourWindow(), prod)).toBe(false);
    expect(isTrustedSender(event({ routingId: 21 }), ourWindow(), prod)).toBe(false);
  });

  it('refuses a subframe, even one on our origin', () => {
    expect(isTrustedSender(event({ parent: {}, routingId: 99 }), ourWindow(), prod)).toBe(false);
    expect(isTrustedSender(event({ parent: {} }), ourWindow(), prod)).toBe(false);
  });

  it('refuses our main frame once it shows a foreign URL', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'data:text/html,hi', 'app://evil/index.html', 'about:blank']) {
      expect(isTrustedSender(event({ url }), ourWindow(), prod), url).toBe(false);
    }
  });

  it('refuses when there is no frame or no window', () => {
    expect(isTrustedSender(event({ noFrame: true }), ourWindow(), prod)).toBe(false);
    expect(isTrustedSender(event(), null, prod)).toBe(false);
    expect(isTrustedSender(event(), ourWindow(true), prod)).toBe(false);
  });

  it('trusts the dev server page only in dev', () => {
    const devPage = event({ url: 'http://localhost:5173/' });
    expect(isTrustedSender(devPage, ourWindow(), prod)).toBe(false);
    expect(isTrustedSender(devPage, ourWindow(), { devServerUrl: 'http://localhost:5173' })).toBe(true);
  });
});
