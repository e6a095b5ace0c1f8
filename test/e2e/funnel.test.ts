import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FunnelReport } from '../../src/shared/domain/funnel.ts';
import { setUpApp } from './support/app.ts';
import { goTo, screenshot } from './support/browser.ts';
import { dropFiles } from './support/drop.ts';

const SAMPLE_ORDERS = resolve(import.meta.dirname, '../../resources/sample/orders_export.csv');

/** Shopify's "Sessions over time" for the sample store's last year (it ends on 2026-10-31): 1,000 sessions a day, 2,000 on Mondays. */
function sessionsCsv(): string {
  const lines = ['Day,Online store sessions,Online store visitors'];
  for (let t = Date.UTC(2025, 10, 1); t <= Date.UTC(2026, 9, 31); t += 86_400_000) {
    const day = new Date(t);
    const sessions = day.getUTCDay() === 1 ? 2000 : 1000;
    lines.push(`${day.toISOString().slice(0, 10)},"${sessions.toLocaleString('en-US')}",${sessions - 100}`);
  }
  return `${lines.join('\n')}\n`;
}

const app = setUpApp({
  async prepare({ open }) {
    const { context, page } = await open();
    await page.getByTestId('empty-state').waitFor();
    await dropFiles(page, [SAMPLE_ORDERS]);
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    await context.close();
  },
  timeout: 180_000,
});

async function report(input: { from?: string; to?: string } = {}): Promise<FunnelReport> {
  const answer = await app.host.core.dispatch('funnel.report', input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as FunnelReport;
}

describe('the Funnel screen', () => {
  it('without a traffic report, starts at new prospects and says how to add the top', async () => {
    const { context, page, errors } = await app.open();
    await goTo(page, 'funnel');
    const missing = page.getByTestId('no-traffic');
    await missing.waitFor();
    expect(await missing.innerText()).toContain('No traffic report yet, so the funnel starts at new prospects.');
    expect(await missing.innerText()).toContain('npx regulars import sessions.csv');
    const chart = page.getByTestId('funnel-chart');
    await chart.getByText('Show as table', { exact: true }).click();
    const stages = await chart.locator('tbody tr td:first-child').allInnerTexts();
    expect(stages).toEqual(['New prospects', 'First purchases', 'Second purchases', 'Became loyal', 'Won back']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports orders and a sessions report, shows the funnel and its table, and sets a target', async () => {
    const sessions = join(app.dir, 'sessions.csv');
    writeFileSync(sessions, sessionsCsv());
    const { context, page, errors } = await app.open();
    await dropFiles(page, [sessions]);
    const line = page.getByTestId('traffic-imported');
    await line.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-summary').getByText('Orders added').count()).toBe(0);
    expect(await line.innerText()).toBe('sessions.csv: sessions of 365 days, Nov 1, 2025 to Oct 31, 2026, 417,000 sessions.');

    await goTo(page, 'funnel');
    await page.getByTestId('funnel-report').waitFor();
    expect(await page.getByTestId('no-traffic').count()).toBe(0);
    const expected = await report();
    const october = page.locator('[data-testid="funnel-months-rows"] tr[data-month="2026-10"] td');
    const oct = expected.months.find((m) => m.month === '2026-10')!;
    expect(oct.sessions).toBe(35_000);
    expect((await october.allInnerTexts()).slice(0, 5)).toEqual(['Oct 2026', '35,000', String(oct.newProspects), String(oct.firstPurchases), String(oct.secondPurchases)]);
    const chart = page.getByTestId('funnel-chart');
    await chart.getByText('Show as table', { exact: true }).click();
    expect(await chart.locator('tbody tr').first().innerText()).toBe(`Sessions\t${expected.period.sessions!.toLocaleString('en-US')}`);
    await chart.getByText('Show as chart', { exact: true }).click();
    await screenshot(page, 'funnel-light');
    await page.getByTestId('funnel-months-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'funnel-months-light');

    await page.getByTestId('target-retention').fill('95');
    await page.getByTestId('save-targets').click();
    await page.getByText('Targets saved.').waitFor();
    const retention = page.locator('[data-testid="funnel-rates-table"] tr[data-rate="retention"]');
    await retention.getByText('95%').waitFor();
    expect(await retention.textContent()).toContain('below target');
    const weakest = page.getByTestId('weakest-stage');
    await page.locator('[data-testid="weakest-stage"][data-rate="retention"]').waitFor();
    expect(await weakest.innerText()).toContain('Weakest stage: Retention is');
    expect(await weakest.innerText()).toContain('The campaign that works on it: “');
    expect((await report()).targets).toEqual({ retention: 0.95 });

    await goTo(page, 'campaigns');
    const badge = page.locator('[data-suggestion="new_second_purchase"] [data-testid="weakest-stage-badge"]');
    await badge.waitFor();
    expect(await badge.innerText()).toBe('For the weakest stage: Retention');
    expect(await page.getByTestId('weakest-stage-badge').count()).toBe(1);

    await goTo(page, 'dashboard');
    const card = page.getByTestId('stage-targets');
    await card.locator('[data-rate="retention"]').getByText('Target 95%').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('maps a traffic report with column names it does not know, as any other file', async () => {
    const file = join(app.dir, 'besuche.csv');
    writeFileSync(file, 'Tag;Besuche;Seitenaufrufe\n2026-07-01;1.200;5000\n2026-07-02;1.300;5100\n');
    const { context, page } = await app.open();
    await dropFiles(page, [file]);
    await page.getByTestId('open-mapping').click({ timeout: 60_000 });
    await page.getByRole('dialog').getByText('Which column is which').waitFor();
    await page.getByTestId('mapping-date').click();
    await page.getByRole('option', { name: /^Tag/ }).click();
    await page.getByTestId('mapping-sessions').click();
    await page.getByRole('option', { name: /^Besuche/ }).click();
    await page.getByTestId('mapping-date-format').click();
    await page.getByRole('option', { name: 'Year-month-day (2024-03-31)' }).click();
    await page.getByTestId('mapping-import').click();
    const line = page.getByTestId('traffic-imported');
    await line.waitFor({ timeout: 60_000 });
    expect(await line.innerText()).toMatch(/^besuche\.csv: sessions of 2 days, Jul 1, 2026 to Jul 2, 2026, 2,500 sessions\./);
    await context.close();
  });

  it('picks a range of months', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'funnel');
    await page.getByTestId('funnel-report').waitFor();
    await page.getByTestId('funnel-months').click();
    const dropdown = page.locator('[data-dates-dropdown]');
    await dropdown.waitFor();
    await dropdown.getByRole('button', { name: 'Jan', exact: true }).click();
    await dropdown.getByRole('button', { name: 'Mar', exact: true }).click();
    await page.locator('[data-testid="funnel-months-rows"] tbody tr').nth(2).waitFor();
    await expect.poll(() => page.locator('[data-testid="funnel-months-rows"] tbody tr').count()).toBe(3);
    expect(await page.locator('[data-testid="funnel-months-rows"] tbody tr').first().getAttribute('data-month')).toBe('2025-01');
    await context.close();
  });

  for (const { locale, title, colorScheme } of [
    { locale: 'zh-CN', title: '漏斗', colorScheme: 'dark' as const },
    { locale: 'vi-VN', title: 'Phễu', colorScheme: 'light' as const },
    { locale: 'ru-RU', title: 'Воронка', colorScheme: 'dark' as const },
  ]) {
    it(`speaks ${locale} (${colorScheme} theme)`, async () => {
      const { context, page, errors } = await app.open({ locale, colorScheme });
      await goTo(page, 'funnel');
      await page.getByTestId('funnel-report').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await page.locator('nav [data-screen="funnel"]').innerText()).toBe(title);
      await screenshot(page, `funnel-${locale}-${colorScheme}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
