import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestHost, type TestHost } from '../host/server.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { goTo, launchBrowser, openApp, screenshot } from './support/browser.ts';
import { dropFiles } from './support/drop.ts';
import { ordersExportFor } from './support/orders-csv.ts';
import { join } from 'node:path';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';

let host: TestHost;
let browser: Browser;
const temp = makeTempDir();

beforeAll(async () => {
  host = await startTestHost();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  temp.cleanup();
});

describe('importing by dropping files on the window', () => {
  it('shows progress, then a summary of what was added, and the history lists it', async () => {
    const csv = ordersExportFor(temp.dir);
    const { context, page } = await openApp(browser, host.url);
    await page.getByTestId('empty-state').waitFor();
    const progressEvents: unknown[] = [];
    await page.exposeFunction('recordProgress', (event: unknown) => progressEvents.push(event));
    await page.evaluate(() => {
      window.regulars!.subscribe((event) => {
        if (event.name === 'job.progress') (window as unknown as { recordProgress(e: unknown): void }).recordProgress(event.payload);
      });
    });

    await dropFiles(page, [csv]);
    await page.getByTestId('import-progress').waitFor();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 90_000 });
    await screenshot(page, 'import-summary');

    const text = await summary.innerText();
    expect(text).toContain('Import finished');
    expect(text).toMatch(/Orders added\s+[1-9]/);
    expect(text).toMatch(/New customers\s+[1-9]/);
    expect(progressEvents.length).toBeGreaterThan(0);

    const history = await host.core.dispatch('imports.list', {});
    expect(history.ok && (history.value as unknown[]).length).toBe(1);
    await goTo(page, 'imports');
    await page.getByTestId('import-history').waitFor();
    expect(await page.getByTestId('import-history').innerText()).toContain('orders_export.csv');
    await screenshot(page, 'imports-light');
    await context.close();
  });

  it('cancels a running import from the progress card, keeping nothing of the file', async () => {
    const big = join(temp.dir, 'big_orders_export.csv');
    await writeShopifyOrdersExport(big, { customers: 18_000, seed: 99 });
    const before = await host.core.dispatch('imports.list', {});
    const { context, page } = await openApp(browser, host.url);
    await dropFiles(page, [big]);
    const cancel = page.getByRole('button', { name: 'Cancel import' });
    await cancel.waitFor();
    await expect.poll(() => cancel.isEnabled(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, 'import-progress');
    await cancel.click();
    await page.getByTestId('import-cancelled').waitFor({ timeout: 60_000 });
    const after = await host.core.dispatch('imports.list', {});
    expect(after).toEqual(before);
    await context.close();
  });
});
