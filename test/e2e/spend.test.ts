import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { EconomicsReport } from '../../src/shared/domain/economics.ts';
import { setUpApp } from './support/app.ts';
import { goTo, screenshot } from './support/browser.ts';
import { dropFiles } from './support/drop.ts';

const HEADER = [
  'Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Accepts Marketing', 'Currency', 'Subtotal', 'Shipping',
  'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price',
  'Lineitem sku', 'Billing Name', 'Billing Country', 'Shipping Country', 'Vendor', 'Id', 'Source',
];

/**
 * A small tea shop over two years: customer c first buys in month c % 24 from January 2024, every third
 * comes back two months later and every fourth five months later; odd customers order on the web,
 * even ones through Instagram, and every fifth uses the code INSTA10.
 * So March 2024 (month 2) has exactly two new customers: c = 2 and c = 26.
 */
function teaShopCsv(): string {
  const lines = [HEADER.join(',')];
  let number = 1000;
  const order = (c: number, monthIndex: number) => {
    if (monthIndex > 23) return;
    number += 1;
    const month = `${2024 + Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
    const at = `${month}-${String(1 + ((c * 7) % 28)).padStart(2, '0')} 10:${String(c % 60).padStart(2, '0')}:00 +0000`;
    const row: Record<string, string> = {
      Name: `#${number}`, Email: `guest${c}@example.com`, 'Financial Status': 'paid', 'Paid at': at, 'Fulfillment Status': 'fulfilled',
      'Accepts Marketing': 'yes', Currency: 'EUR', Subtotal: '45.00', Shipping: '0.00', Taxes: '0.00', Total: '45.00',
      'Discount Code': c % 5 === 0 ? 'INSTA10' : '', 'Discount Amount': '0.00', 'Created at': at, 'Lineitem quantity': '1',
      'Lineitem name': 'Sencha 100 g', 'Lineitem price': '45.00', 'Lineitem sku': 'TEA-1', 'Billing Name': `Guest ${c}`,
      'Billing Country': 'DE', 'Shipping Country': 'DE', Vendor: 'Leaf', Id: String(6_000_000_000_000 + number), Source: c % 2 === 1 ? 'web' : 'instagram',
    };
    lines.push(HEADER.map((column) => row[column] ?? '').join(','));
  };
  for (let c = 0; c < 48; c++) {
    const first = c % 24;
    order(c, first);
    if (c % 3 === 0) order(c, first + 2);
    if (c % 4 === 0) order(c, first + 5);
  }
  return `${lines.join('\n')}\n`;
}

const app = setUpApp({
  async prepare({ dir, open }) {
    const csv = join(dir, 'orders_export.csv');
    writeFileSync(csv, teaShopCsv());
    const { context, page } = await open();
    await page.getByTestId('empty-state').waitFor();
    await dropFiles(page, [csv]);
    await page.getByTestId('import-summary').waitFor({ timeout: 90_000 });
    await context.close();
  },
});
const euros = (amount: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(amount);

async function report(): Promise<EconomicsReport> {
  const answer = await app.host.core.dispatch('economics.report', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as EconomicsReport;
}

/** Picks a month in the Spend form's month picker: back to the year, then the month's button. */
async function pickMonth(page: Page, year: number, monthShort: string): Promise<void> {
  await page.getByTestId('spend-month').click();
  const dropdown = page.locator('[data-dates-dropdown]');
  await dropdown.waitFor();
  const level = dropdown.locator('.mantine-MonthPickerInput-calendarHeaderLevel');
  for (let i = 0; i < 10 && (await level.innerText()) !== String(year); i++) await dropdown.locator('button[data-direction="previous"]').click();
  await dropdown.getByRole('button', { name: monthShort, exact: true }).click();
}


describe('the Spend & payback page', () => {
  it('explains itself without spend and still shows what customers are worth', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { context, page } = await app.open({ colorScheme: theme });
      await goTo(page, 'spend');
      const noSpend = page.getByTestId('no-spend');
      await noSpend.waitFor();
      expect(await noSpend.innerText()).toContain('Enter what you spent on marketing each month');
      const table = page.getByTestId('acquisition-table');
      const headers = await table.locator('th').allInnerTexts();
      expect(headers).toEqual(['First-purchase month', 'New customers', 'Value after 3 months', 'Value after 6 months', 'Value after 12 months']);
      const march = table.locator('tr[data-month="2024-03"]');
      expect(await march.locator('td').nth(1).innerText()).toBe('2');
      const latest = table.locator('tbody tr').first();
      expect(await latest.getAttribute('data-month')).toBe('2025-12');
      // Still-running periods are marked: "so far", or their predicted part once the model has been fitted.
      for (const cell of await latest.locator('td[data-complete]').all()) expect(await cell.innerText()).toMatch(/so far|of which .+ predicted/);
      const complete = march.locator('td[data-complete="true"]');
      expect(await complete.count()).toBe(3);
      for (const cell of await complete.all()) expect(await cell.innerText()).not.toMatch(/so far|predicted/);
      await page.getByTestId('revenue-mix-chart').waitFor();
      expect(await page.getByTestId('repeat-rate').innerText()).toContain('Customers who bought twice or more in the month');
      await screenshot(page, `spend-no-spend-${theme}`);
      await context.close();
    }
  });

  it('turns entered spend into CAC, LTV:CAC and payback, on the page and on the dashboard', async () => {
    const { context, page, errors } = await app.open();
    await goTo(page, 'spend');
    await page.getByTestId('no-spend').waitFor();
    await pickMonth(page, 2024, 'Mar');
    await page.getByTestId('spend-channel').fill('Ads');
    await page.getByTestId('spend-amount').fill('40');
    await page.getByRole('button', { name: 'Add spend' }).click();

    await page.locator('[data-testid="spend-report"][data-has-spend="true"]').waitFor();
    expect(await page.getByTestId('no-spend').count()).toBe(0);
    const march = page.locator('[data-testid="acquisition-table"] tr[data-month="2024-03"]');
    expect(await march.getByTestId('cell-cac').innerText()).toBe(euros(20));
    const row = (await report()).acquisition.find((r) => r.month === '2024-03' && r.channel === 'all')!;
    expect(row.cac).toBe(20);
    expect(row.ltvToCac).not.toBeNull();
    expect(await march.getByTestId('cell-ltv-to-cac').innerText()).toBe(`${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(row.ltvToCac!)}×`);
    expect(await march.getByTestId('cell-payback').innerText()).toBe(row.paybackMonths === 1 ? '1 month' : `${row.paybackMonths} months`);
    expect(await page.getByTestId('kpi-cac').innerText()).toContain(euros(20));
    const ratio = await page.getByTestId('kpi-ltv-to-cac').innerText();
    expect(ratio).toMatch(/\d×/);
    expect(await page.getByTestId('spend-entries').innerText()).toMatch(/Mar 2024\s+Ads/);
    await screenshot(page, 'spend-with-spend-light');

    await goTo(page, 'dashboard');
    const cards = page.getByTestId('dashboard-spend-kpis');
    await cards.waitFor();
    expect(await cards.getByTestId('kpi-ltv-to-cac').innerText()).toBe(ratio);
    const payback = (await report()).totals.paybackMonths;
    expect(payback).not.toBeNull();
    expect(await cards.getByTestId('kpi-payback').innerText()).toContain(payback === 1 ? '1 month' : `${payback} months`);
    await screenshot(page, 'dashboard-spend-kpis-light');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a spend CSV, links a discount code to a channel and shows that channel', async () => {
    const spendCsv = join(app.dir, 'spend.csv');
    writeFileSync(spendCsv, 'month,channel,spend\n2024-06,influencers,120\n2025-01,Ads,"1,200.50"\n');
    const { context, page } = await app.open({ colorScheme: 'dark' });
    await goTo(page, 'spend');
    await page.getByTestId('spend-editor').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-spend').click();
    await (await chooser).setFiles(spendCsv);
    await expect.poll(() => page.getByTestId('spend-entries').locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('spend-entries').innerText()).toMatch(/Jun 2024\s+Influencers/);

    const links = page.getByTestId('channel-links');
    expect(await links.innerText()).toContain('every new customer is unattributed');
    expect(await page.getByText('Regulars never guesses their channel', { exact: false }).isVisible()).toBe(true);
    await links.getByRole('button', { name: 'Add a link' }).click();
    await links.getByRole('textbox', { name: 'Match on 1' }).or(links.getByRole('combobox', { name: 'Match on 1' })).first().click();
    await page.getByRole('option', { name: 'Discount code' }).click();
    await links.getByRole('textbox', { name: 'Value 1' }).fill('INSTA10');
    await links.getByRole('textbox', { name: 'Channel 1' }).or(links.getByRole('combobox', { name: 'Channel 1' })).first().fill('Influencers');
    await links.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await app.host.core.dispatch('economics.spend', {})).ok && ((await app.host.core.dispatch('economics.spend', {})) as { ok: true; value: { links: unknown[] } }).value.links).toEqual([
      { matchKind: 'discount_code', pattern: 'insta10', channel: 'influencers' },
    ]);

    await page.getByTestId('figures-channel').click();
    await page.getByRole('option', { name: 'Influencers' }).click();
    const june = page.locator('[data-testid="acquisition-table"] tr[data-month="2024-06"]');
    await june.waitFor();
    const influencers = (await report()).acquisition.find((r) => r.month === '2024-06' && r.channel === 'influencers')!;
    expect(influencers.newCustomers).toBeGreaterThan(0);
    expect(await june.locator('td').nth(2).innerText()).toBe(String(influencers.newCustomers));
    expect(await june.getByTestId('cell-cac').innerText()).toBe(euros(influencers.cac!));
    await page.getByTestId('acquisition').scrollIntoViewIfNeeded();
    await screenshot(page, 'spend-with-spend-dark');
    await context.close();
  });

  it('names the line and column of a bad spend file', async () => {
    const bad = join(app.dir, 'bad-spend.csv');
    writeFileSync(bad, 'month,channel,spend\n2025-02,Ads,12\nMarch,Ads,30\n');
    const { context, page } = await app.open();
    await goTo(page, 'spend');
    await page.getByTestId('spend-editor').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-spend').click();
    await (await chooser).setFiles(bad);
    const alert = page.getByTestId('spend-editor').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('bad-spend.csv line 3, column "month": "March" is not a month');
    await screenshot(page, 'spend-import-error-light');
    const saved = (await app.host.core.dispatch('economics.spend', {})) as { ok: true; value: { spend: { month: string }[] } };
    expect(saved.value.spend.map((entry) => entry.month)).not.toContain('2025-02');
    await context.close();
  });
});
