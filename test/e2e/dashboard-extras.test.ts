import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestHost, type TestHost } from '../host/server.ts';
import { goTo, launchBrowser, openApp, screenshot } from './support/browser.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import type { RequestInput, RequestName, RequestResult } from '../../src/shared/api/index.ts';

let host: TestHost;
let browser: Browser;
const temp = makeTempDir('regulars-dashboard-extras-');

async function call<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestResult<N>> {
  const answer = await host.core.dispatch(name, input);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
  return answer.value as RequestResult<N>;
}

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

beforeAll(async () => {
  host = await startTestHost();
  browser = await launchBrowser();
  await call('samples.importSampleStore', {});
  const summary = await call('shop.summary', {});
  const top = (await call('lifecycle.customers', { limit: 1, acceptsEmail: true })).rows[0];
  campaignCustomer = { id: top.id, name: top.name };
  laterOrdersCsv(join(temp.dir, 'orders_later.csv'), summary.lastOrderAt!.slice(0, 10), top.email!);
  await call('imports.run', { paths: [join(temp.dir, 'orders_later.csv')] });
  const exported = await call('campaigns.export', { audience: { kind: 'customers', customerIds: [top.id] }, format: 'klaviyo', path: join(temp.dir, 'thanks.csv'), name: 'E2E thank-you', holdoutPercent: 0 });
  expect(exported.exported).toBe(1);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  temp.cleanup();
});

describe('issue 7 dashboard and profile extras', () => {
  it('shows the predicted revenue card and the changes since the last import', async () => {
    const { context, page, errors } = await openApp(browser, host.url);
    // The page's own load (index, shim, favicon) is the shell's business; count what the dashboard does after it.
    const errorsAtLoad = errors.length;
    await page.getByTestId('kpis').waitFor();
    const predicted = page.getByTestId('kpi-predicted-revenue');
    await expect.poll(() => predicted.textContent(), { timeout: 30_000 }).toMatch(/Expected revenue, next 90 days.*\$[\d,]+/);
    const since = await call('lifecycle.kpisSinceImport', {});
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
    const { context, page } = await openApp(browser, host.url);
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
    const grid = await call('lifecycle.rfm', {});
    const cell = [...grid.cells].sort((a, b) => b.customers - a.customers)[0];
    const { context, page } = await openApp(browser, host.url);
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
    await expect.poll(() => page.getByTestId('customer-count').textContent(), { timeout: 30_000 }).toContain(`${cell.customers.toLocaleString('en-US')} customers`);
    await screenshot(page, 'customers-rfm-cell');
    await context.close();
  });
});
