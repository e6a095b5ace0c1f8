import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestHost, type TestHost } from '../host/server.ts';
import { launchBrowser, openApp } from './support/browser.ts';

let host: TestHost;
let browser: Browser;

beforeAll(async () => {
  host = await startTestHost();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('window.regulars through the test host', () => {
  it('answers a valid request with the same envelope as IPC', async () => {
    const { context, page } = await openApp(browser, host.url);
    const envelope = await page.evaluate(() => window.regulars!.request('preferences.get', {}));
    expect(envelope).toEqual({ ok: true, value: await host.core.handlers['preferences.get']({}) });
    await context.close();
  });

  it('rejects invalid input with a clear error naming the field', async () => {
    const { context, page } = await openApp(browser, host.url);
    const envelope = await page.evaluate(() => window.regulars!.request('preferences.set', { theme: 'purple' }));
    expect(envelope).toEqual(await host.core.dispatch('preferences.set', { theme: 'purple' }));
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('invalid_input');
      expect(envelope.error.message).toContain('theme');
      expect(envelope.error.details?.issues?.[0]?.path).toBe('theme');
    }
    await context.close();
  });

  it('refuses a request name the contract does not have', async () => {
    const { context, page } = await openApp(browser, host.url);
    const envelope = await page.evaluate(() => window.regulars!.request('db.dropEverything', {}));
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown_request' } });
    await context.close();
  });
});
