import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../support/core.ts';
import { setUpApp } from './support/app.ts';
import { goTo, screenshot } from './support/browser.ts';

/** A second, small orders export a week after the sample store's last order: one returning customer and one new one. */
function laterOrdersCsv(path: string, lastDay: string, returningEmail: string): void {
  const at = (days: number) => `${new Date(Date.parse(`${lastDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)} 10:00:00 -0400`;
  const header = 'Name,Email,Financial Status,Paid at,Currency,Subtotal,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name';
  const rows = [
    `#900001,${returningEmail},paid,${at(7)},USD,80.00,80.00,${at(7)},1,Cast Iron Teapot - 1.2 L,80.00,Returning Customer`,
    `#900002,newcomer.e2e@example.org,paid,${at(8)},USD,30.00,30.00,${at(8)},1,Green Tea,30.00,New Comer`,
  ];
  writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
}

let campaignCustomer: { id: number; name: string | null };

const app = setUpApp({
  async prepare({ host: { core }, dir }) {
    await call(core, 'samples.importSampleStore', {});
    const summary = await call(core, 'shop.summary', {});
    const top = (await call(core, 'lifecycle.customers', { limit: 1, acceptsEmail: true })).rows[0];
    campaignCustomer = { id: top.id, name: top.name };
    laterOrdersCsv(join(dir, 'orders_later.csv'), summary.lastOrderAt!.slice(0, 10), top.email!);
    await call(core, 'imports.run', { paths: [join(dir, 'orders_later.csv')] });
    const exported = await call(core, 'campaigns.export', { audience: { kind: 'customers', customerIds: [top.id] }, format: 'klaviyo', path: join(dir, 'thanks.csv'), name: 'E2E thank-you', holdoutPercent: 0 });
    expect(exported.exported).toBe(1);
  },
  timeout: 180_000,
});

describe('issue 7 dashboard and profile extras', () => {
  it('shows the predicted revenue card and the changes since the last import', async () => {
    const { context, page, errors } = await app.open();
    // The page's own load (index, shim, favicon) is the shell's business; count what the dashboard does after it.
    const errorsAtLoad = errors.length;
    await page.getByTestId('kpis').waitFor();
    const predicted = page.getByTestId('kpi-predicted-revenue');
    await expect.poll(() => predicted.textContent(), { timeout: 30_000 }).toMatch(/Expected revenue, next 90 days.*\$[\d,]+/);
    const since = await call(app.host.core, 'lifecycle.kpisSinceImport', {});
    expect(since.previous).not.toBeNull();
    const customersChange = page.getByTestId('kpi-customers').getByTestId('kpi-change');
    await customersChange.waitFor({ timeout: 30_000 });
    const added = since.current.customers - since.previous!.customers;
    expect(added).toBe(1);
    expect(await customersChange.textContent()).toBe('+1 since the last import');
    expect(await page.getByTestId('kpi-change').count()).toBe(5);
    expect(await page.getByTestId('kpis').textContent()).not.toMatch(/-0(%|\b)/);
    await screenshot(page, 'dashboard-extras');
    expect(errors.slice(errorsAtLoad)).toEqual([]);
    await context.close();
  });

  it('lists the campaigns a customer was in on their profile', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'customers');
    await page.locator(`[data-customer-id="${campaignCustomer.id}"]`).first().click();
    const campaigns = page.getByTestId('profile-campaigns');
    await campaigns.waitFor({ timeout: 30_000 });
    await campaigns.scrollIntoViewIfNeeded();
    const text = await campaigns.textContent();
    expect(text).toContain('E2E thank-you');
    expect(text).toContain('Klaviyo');
    expect(text).toContain('In the exported file');
    await screenshot(page, 'profile-campaigns');
    await context.close();
  });

  it('opens the customers of one RFM grid cell from the heatmap', async () => {
    const grid = await call(app.host.core, 'lifecycle.rfm', {});
    const cell = [...grid.cells].sort((a, b) => b.customers - a.customers)[0];
    const { context, page } = await app.open();
    await goTo(page, 'journeys');
    await page.getByRole('tab', { name: 'RFM grid' }).click();
    const canvas = page.getByTestId('rfm-heatmap').locator('[role="img"]');
    await canvas.waitFor();
    await page.waitForTimeout(500);
    const box = (await canvas.boundingBox())!;
    // The heatmap's plot area: 72 px left, 16 right, 8 top, 56 bottom; frequency 1-5 left to right, recency 1-5 bottom to top.
    const width = box.width - 72 - 16;
    const height = box.height - 8 - 56;
    await page.mouse.click(box.x + 72 + ((cell.f - 0.5) * width) / 5, box.y + 8 + ((5 - cell.r + 0.5) * height) / 5);
    const pill = page.getByTestId('filter-rfm-cell');
    await pill.waitFor({ timeout: 30_000 });
    expect(await pill.textContent()).toBe(`Recency ${cell.r} · frequency ${cell.f}`);
    await expect.poll(() => page.getByTestId('customer-count').textContent(), { timeout: 30_000 }).toContain(`${cell.customers.toLocaleString('en-US')} ${cell.customers === 1 ? 'person' : 'people'}`);
    await screenshot(page, 'customers-rfm-cell');
    await context.close();
  });
});
