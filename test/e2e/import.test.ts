import { describe, expect, it } from 'vitest';
import { setUpApp } from './support/app.ts';
import { goTo, screenshot } from './support/browser.ts';
import { dropFiles } from './support/drop.ts';
import { ordersExportFor } from './support/orders-csv.ts';
import { join } from 'node:path';
import { writeShopifyOrdersExport } from '../fixtures/shopify-export-generator.ts';

const app = setUpApp();

describe('importing by dropping files on the window', () => {
  it('shows progress, then a summary of what was added, and the history lists it', async () => {
    const csv = ordersExportFor(app.dir);
    const { context, page } = await app.open();
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

    const history = await app.host.core.dispatch('imports.list', {});
    expect(history.ok && (history.value as unknown[]).length).toBe(1);
    await goTo(page, 'imports');
    await page.getByTestId('import-history').waitFor();
    expect(await page.getByTestId('import-history').innerText()).toContain('orders_export.csv');
    await screenshot(page, 'imports-light');
    await context.close();
  });

  it('cancels a running import from the progress card, keeping nothing of the file', async () => {
    const big = join(app.dir, 'big_orders_export.csv');
    await writeShopifyOrdersExport(big, { customers: 18_000, seed: 99 });
    const before = await app.host.core.dispatch('imports.list', {});
    const { context, page } = await app.open();
    await dropFiles(page, [big]);
    const cancel = page.getByRole('button', { name: 'Cancel import' });
    await cancel.waitFor();
    await expect.poll(() => cancel.isEnabled(), { timeout: 30_000 }).toBe(true);
    // Clicked at once: the import of this file takes about a second, too little to take a screenshot first.
    await cancel.click();
    await page.getByTestId('import-cancelled').waitFor({ timeout: 60_000 });
    await screenshot(page, 'import-cancelled');
    const after = await app.host.core.dispatch('imports.list', {});
    expect(after).toEqual(before);
    await context.close();
  });
});
