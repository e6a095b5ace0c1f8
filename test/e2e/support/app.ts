import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestHost, type TestHost } from '../../host/server.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { launchBrowser, openApp, type OpenOptions } from './browser.ts';

export interface AppUnderTest {
  /** The test host: the built renderer with the real core on a fresh database behind it. */
  host: TestHost;
  browser: Browser;
  /** A temp folder for the test file's own files, removed after its tests. */
  dir: string;
  /** A fresh browser context with the app loaded (openApp). */
  open(options?: OpenOptions): ReturnType<typeof openApp>;
}

export interface SetUpOptions {
  /** Runs once the host and the browser are up, before the first test: import a shop, say. */
  prepare?(app: AppUnderTest): Promise<unknown>;
  /** For a long `prepare`. */
  timeout?: number;
}

/**
 * The set-up every browser test file shares, registered as its beforeAll and afterAll: a test host
 * and headless Chromium before the tests, both closed and the temp folder removed after them.
 * The returned object's `host` and `browser` are there once the tests run.
 */
export function setUpApp({ prepare, timeout }: SetUpOptions = {}): AppUnderTest {
  const temp = makeTempDir('regulars-e2e-');
  const app = { dir: temp.dir, open: (options) => openApp(app.browser, app.host.url, options) } as AppUnderTest;
  beforeAll(async () => {
    app.host = await startTestHost();
    app.browser = await launchBrowser();
    await prepare?.(app);
  }, timeout);
  afterAll(async () => {
    await app.browser?.close();
    await app.host?.close();
    temp.cleanup();
  });
  return app;
}
