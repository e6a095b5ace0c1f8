import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';
import { call } from '../support/core.ts';
import { setUpApp } from './support/app.ts';
import { goTo, screenshot } from './support/browser.ts';

const CUSTOMERS = 100_000;

/** A generated shop of 100,000 customers, imported through the core (as the import screen would). */
const app = setUpApp({
  async prepare({ host, dir }) {
    const csv = join(dir, 'orders_export.csv');
    await writeShopifyOrdersExport(csv, { customers: CUSTOMERS, seed: 100_000 });
    await call(host.core, 'imports.run', { paths: [csv] });
  },
  timeout: 300_000,
});

describe('a shop with 100,000 customers', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`shows the dashboard and scrolls the whole customer list (${theme})`, async () => {
      const { context, page } = await app.open({ colorScheme: theme });
      await page.getByTestId('stage-flow').waitFor({ timeout: 60_000 });
      await screenshot(page, `large-dashboard-${theme}`);

      await goTo(page, 'customers');
      const rows = page.locator('[data-customer-id]');
      await rows.first().waitFor();
      const total = (await app.host.core.dispatch('lifecycle.customers', { limit: 1 })) as { ok: true; value: { total: number } };
      expect(total.value.total).toBeGreaterThanOrEqual(CUSTOMERS);
      expect(await page.getByTestId('customer-count').innerText()).toBe(`${new Intl.NumberFormat('en').format(total.value.total)} people`);
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
