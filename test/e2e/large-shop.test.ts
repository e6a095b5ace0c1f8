import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import { startTestHost, type TestHost } from '../host/server.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { goTo, launchBrowser, openApp, screenshot } from './support/browser.ts';

const CUSTOMERS = 100_000;
let host: TestHost;
let browser: Browser;
const temp = makeTempDir();

/** A generated shop of 100,000 customers, imported through the core (as the import screen would). */
beforeAll(async () => {
  const csv = join(temp.dir, 'orders_export.csv');
  await writeShopifyOrdersExport(csv, { customers: CUSTOMERS, seed: 100_000 });
  host = await startTestHost();
  const imported = await host.core.dispatch('imports.run', { paths: [csv] });
  if (!imported.ok) throw new Error(imported.error.message);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  temp.cleanup();
});

describe('a shop with 100,000 customers', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`shows the dashboard and scrolls the whole customer list (${theme})`, async () => {
      const { context, page } = await openApp(browser, host.url, { colorScheme: theme });
      await page.getByTestId('stage-flow').waitFor({ timeout: 60_000 });
      await screenshot(page, `large-dashboard-${theme}`);

      await goTo(page, 'customers');
      const rows = page.locator('[data-customer-id]');
      await rows.first().waitFor();
      const total = (await host.core.dispatch('lifecycle.customers', { limit: 1 })) as { ok: true; value: { total: number } };
      expect(total.value.total).toBeGreaterThanOrEqual(CUSTOMERS);
      expect(await page.getByTestId('customer-count').innerText()).toBe(`${new Intl.NumberFormat('en').format(total.value.total)} customers`);
      expect(await rows.count()).toBeLessThan(100);

      await page.getByTestId('customer-scroller').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      const lastIndex = String(total.value.total + 1);
      await page.locator(`[role="row"][aria-rowindex="${lastIndex}"][data-customer-id]`).waitFor();
      expect(await rows.count()).toBeLessThan(100);
      await screenshot(page, `large-customers-bottom-${theme}`);

      await page.locator('[data-sort="lastPurchase"]').click();
      await page.locator('[role="row"][aria-rowindex="2"][data-customer-id]').waitFor();
      await screenshot(page, `large-customers-${theme}`);
      await context.close();
    });
  }
});
