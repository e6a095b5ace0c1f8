import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpApp } from './support/app.ts';
import { goTo, screenshot } from './support/browser.ts';
import { dropFiles } from './support/drop.ts';
import { writeEtsyOrderItemsExport, writeSquareItemSalesExport, writeWooAnalyticsExport, writeWooPluginExport } from '../fixtures/store-exports-generator.ts';

const app = setUpApp();

describe('dropping other stores\' exports on the window', () => {
  it('imports WooCommerce Analytics, a WooCommerce plugin export, Etsy order items and Square item sales with no mapping step, and filters customers by store', async () => {
    const files = {
      analytics: join(app.dir, 'wc-orders-report-export.csv'),
      plugin: join(app.dir, 'orders-export-plugin.csv'),
      etsy: join(app.dir, 'EtsySoldOrderItems2025.csv'),
      square: join(app.dir, 'items-2025-01-01-2025-12-31.csv'),
    };
    const window = { start: '2025-01-01', end: '2025-12-31' };
    const stats = [
      await writeWooAnalyticsExport(files.analytics, { customers: 40, seed: 3101, layout: '2024', shape: { encoding: 'windows1252', lineEnding: '\r\n' }, ...window }),
      await writeWooPluginExport(files.plugin, { customers: 40, seed: 3102, shape: { bom: true }, numberOffset: 50_000, ...window }),
      await writeEtsyOrderItemsExport(files.etsy, { customers: 40, seed: 3103, ...window }),
      await writeSquareItemSalesExport(files.square, { customers: 40, seed: 3104, ...window }),
    ];
    const { context, page } = await app.open();
    await dropFiles(page, Object.values(files));
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 90_000 });
    const text = await summary.innerText();
    expect(text).toContain('Import finished');
    const ordersAdded = stats.reduce((sum, s) => sum + s.orders, 0);
    expect(text).toMatch(new RegExp(`Orders added\\s+${ordersAdded.toLocaleString('en')}`));
    expect(text).toMatch(/\d+ orders were matched to their customer by name only/);
    expect(text).toContain('read as Windows-1252');
    expect(await page.getByTestId('customer-type-check').innerText()).toContain(`Regulars agrees on ${stats[0].customerTypes!.agree} of ${stats[0].customerTypes!.compared} orders`);
    await screenshot(page, 'import-other-stores');

    await goTo(page, 'imports');
    const history = await page.getByTestId('import-history').innerText();
    for (const kind of ['WooCommerce Analytics orders', 'WooCommerce orders', 'Etsy sold order items', 'Square item sales']) expect(history).toContain(kind);

    await goTo(page, 'customers');
    await page.getByTestId('filter-source').click();
    await page.getByRole('option', { name: 'Etsy' }).click();
    await expect.poll(() => page.getByTestId('customer-count').innerText(), { timeout: 30_000 }).toContain(`${stats[2].customers} ${stats[2].customers === 1 ? 'person' : 'people'}`);
    await context.close();
  });

  it('asks which column is which for a file it does not know, imports it, and remembers the choice', async () => {
    const file = join(app.dir, 'till-export.csv');
    writeFileSync(file, 'Receipt,Sold on,Client e-mail,Grand total,Notes\nR-1,2024-03-01,ann@example.com,"1,250.00",x\nR-2,2024-03-02,bob@example.com,€ 12,\nR-3,2024-03-09,,7.50,walk-in\n');
    const { context, page } = await app.open();
    await dropFiles(page, [file]);
    await page.getByTestId('open-mapping').click({ timeout: 60_000 });
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Which column is which').waitFor();
    expect(await page.getByTestId('mapping-date').inputValue()).toContain('Sold on');
    await page.getByTestId('mapping-orderId').click();
    await page.getByRole('option', { name: /^Receipt/ }).click();
    await screenshot(page, 'import-mapping-step');
    await page.getByTestId('mapping-import').click();
    const summary = page.getByTestId('import-summary');
    await expect.poll(async () => (await summary.innerText()).match(/Orders added\s+3/) !== null, { timeout: 60_000 }).toBe(true);
    const again = await app.host.core.dispatch('imports.inspect', { path: file });
    expect(again).toMatchObject({ ok: true, value: { mappingSource: 'remembered', mapping: { orderId: 'Receipt', date: 'Sold on', amount: 'Grand total' } } });
    await context.close();
  });
});
