import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpApp } from './support/app.ts';
import { goTo, screenshot } from './support/browser.ts';

/** The sample store, imported the way a new user does it: the "Try the sample store" button. */
const app = setUpApp({
  async prepare({ open }) {
    const { context, page } = await open();
    await page.getByRole('button', { name: 'Try the sample store' }).click();
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    await context.close();
  },
});

describe('every screen on the sample store, in both themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`walks the screens (${theme})`, async () => {
      const { context, page } = await app.open({ colorScheme: theme });
      await page.getByTestId('stage-flow').waitFor();
      await page.getByTestId('stage-area-chart').waitFor();
      await screenshot(page, `dashboard-${theme}`);

      await goTo(page, 'customers');
      await page.locator('[data-customer-id]').first().waitFor();
      await screenshot(page, `customers-${theme}`);

      await page.locator('[data-customer-id]').first().click();
      await page.getByTestId('customer-profile').waitFor();
      await screenshot(page, `profile-${theme}`);
      await page.keyboard.press('Escape');

      await goTo(page, 'journeys');
      await page.getByTestId('transitions-sankey').waitFor();
      await screenshot(page, `journeys-flow-${theme}`);
      for (const [tab, testId] of [
        ['Coming back', 'retention-heatmap'],
        ['Time between orders', 'timing-histogram'],
        ['RFM grid', 'rfm-heatmap'],
        ['Prediction check', 'backtest-chart'],
      ] as const) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByTestId(testId).first().waitFor();
        await screenshot(page, `journeys-${testId}-${theme}`);
      }

      await goTo(page, 'campaigns');
      await page.getByTestId('suggestion-card').first().waitFor();
      await screenshot(page, `campaigns-${theme}`);

      await goTo(page, 'imports');
      await page.getByTestId('import-history').waitFor();
      await screenshot(page, `imports-${theme}`);

      await goTo(page, 'settings');
      await page.getByTestId('threshold-table').waitFor();
      await screenshot(page, `settings-${theme}`);
      await context.close();
    });
  }
});

describe('customers', () => {
  it('searches, filters, sorts, chooses columns and opens a profile', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'customers');
    const count = page.getByTestId('customer-count');
    await page.locator('[data-customer-id]').first().waitFor();
    const all = await count.innerText();

    const firstName = (await app.host.core.dispatch('lifecycle.customers', { limit: 1, sort: 'name', direction: 'asc' })) as { ok: true; value: { rows: { name: string; email: string }[] } };
    const email = firstName.value.rows[0].email;
    await page.getByRole('textbox', { name: 'Search' }).fill(email);
    await expect.poll(() => count.innerText()).toBe('1 person');
    await expect.poll(() => page.locator('[data-customer-id]').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => count.innerText()).toBe(all);

    await page.getByRole('textbox', { name: 'Stage' }).or(page.getByRole('combobox', { name: 'Stage' })).first().click();
    await page.getByRole('option', { name: 'Loyal' }).click();
    await page.keyboard.press('Escape');
    const loyal = await app.host.core.dispatch('lifecycle.customers', { limit: 1, stage: ['loyal'] });
    expect(loyal.ok).toBe(true);
    await expect.poll(() => count.innerText()).toBe(`${new Intl.NumberFormat('en').format((loyal as { ok: true; value: { total: number } }).value.total)} people`);
    await screenshot(page, 'customers-filtered-loyal');
    await page.getByRole('button', { name: 'Clear filters' }).click();

    const purchases = page.locator('[role="columnheader"]', { has: page.locator('[data-sort="purchases"]') });
    await page.locator('[data-sort="purchases"]').click();
    await expect.poll(() => purchases.getAttribute('aria-sort')).toBe('descending');
    const top = await app.host.core.dispatch('lifecycle.customers', { limit: 1, sort: 'purchases', direction: 'desc' });
    const topId = (top as { ok: true; value: { rows: { id: number }[] } }).value.rows[0].id;
    await expect.poll(() => page.locator('[data-customer-id]').first().getAttribute('data-customer-id')).toBe(String(topId));
    await page.locator('[data-sort="purchases"]').click();
    await expect.poll(() => purchases.getAttribute('aria-sort')).toBe('ascending');

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Phone' }).check();
    await page.keyboard.press('Escape');
    expect(await page.locator('[role="columnheader"]', { hasText: 'Phone' }).count()).toBe(1);

    await page.locator('[data-sort="netValue"]').click();
    await expect.poll(() => page.locator('[role="columnheader"]', { has: page.locator('[data-sort="netValue"]') }).getAttribute('aria-sort')).toBe('descending');
    await page.locator('[data-customer-id]').first().click();
    const profile = page.getByTestId('customer-profile');
    await profile.waitFor();
    expect(await page.getByTestId('profile-journey').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('profile-orders').innerText()).toMatch(/\d/);
    await page.getByTestId('profile-prediction').waitFor();
    await context.close();
  });

  it('exports a selection of customers to a file', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'customers');
    const rows = page.locator('[data-customer-id]');
    await rows.first().waitFor();
    for (const i of [0, 1, 2]) await rows.nth(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Export selection…' }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-preview').waitFor();
    await dialog.getByRole('checkbox', { name: 'Also include people who did not agree to marketing' }).check();
    await dialog.getByRole('button', { name: 'Save file…' }).click();
    await dialog.waitFor({ state: 'detached' });
    const records = await app.host.core.dispatch('campaigns.list', {});
    const last = (records as { ok: true; value: { exportedCount: number; audienceSize: number }[] }).value[0];
    expect(last.audienceSize).toBe(3);
    await context.close();
  });
});

describe('journeys', () => {
  it('redraws the Sankey for another date range', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'journeys');
    await page.getByTestId('transitions-sankey').waitFor();
    const before = await page.getByTestId('transitions-sankey').innerText();
    await page.getByTestId('flow-from').click();
    await page.locator('button[aria-label^="1 "]:not([disabled])').first().click();
    await expect.poll(() => page.getByTestId('transitions-sankey').innerText()).not.toBe(before);
    await screenshot(page, 'journeys-flow-range');
    await context.close();
  });
});

describe('campaigns', () => {
  it('exports a suggested campaign with a holdout and records it', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'campaigns');
    const card = page.getByTestId('suggestion-card').first();
    await card.waitFor();
    await card.getByRole('button', { name: 'Export audience…' }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-preview').waitFor();
    await screenshot(page, 'campaign-export-dialog');
    await dialog.getByRole('textbox', { name: 'File for' }).or(dialog.getByRole('combobox', { name: 'File for' })).first().click();
    await page.getByRole('option', { name: 'Klaviyo' }).click();
    await dialog.getByRole('button', { name: 'Save file…' }).click();
    await dialog.waitFor({ state: 'detached' });
    const records = (await app.host.core.dispatch('campaigns.list', {})) as { ok: true; value: { format: string; holdoutPercent: number; exportedCount: number }[] };
    expect(records.value[0]).toMatchObject({ format: 'klaviyo', holdoutPercent: 10 });
    await page.getByTestId('recorded-campaigns').waitFor();
    const saved = join(app.host.filesDir, 'saved');
    const file = readdirSync(saved).find((name) => name.endsWith('-klaviyo.csv'));
    expect(file).toBeDefined();
    const lines = readFileSync(join(saved, file!), 'utf8').trim().split(/\r?\n/);
    expect(lines.length).toBe(records.value[0].exportedCount + 1);
    await context.close();
  });
});

describe('settings', () => {
  it('overrides a threshold, shows it as set by the user, and resets it', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'settings');
    const row = page.locator('[data-threshold="atRisk"]');
    await row.waitFor();
    type Answer = { ok: true; value: { window: { value: number }; atRisk: { value: number; source: string; adjusted: boolean } } };
    const before = (await app.host.core.dispatch('lifecycle.thresholds', {})) as Answer;
    const chosen = before.value.atRisk.value + 5;
    await row.getByRole('textbox').fill(String(chosen));
    await page.getByTestId('apply-thresholds').click();
    await row.getByText('Set by you').waitFor();
    const thresholds = (await app.host.core.dispatch('lifecycle.thresholds', {})) as Answer;
    expect(thresholds.value.atRisk).toMatchObject({ value: chosen, source: 'user', adjusted: false });
    await screenshot(page, 'settings-override');
    // At risk before the second-purchase window ends would make the order window < at risk < lapse false: it is moved, and says why.
    await row.getByRole('textbox').fill('5');
    await page.getByTestId('apply-thresholds').click();
    await row.getByText('Moved so that, with the values you set').waitFor();
    const moved = (await app.host.core.dispatch('lifecycle.thresholds', {})) as Answer;
    expect(moved.value.atRisk).toMatchObject({ value: moved.value.window.value + 1, source: 'user', adjusted: true });
    await row.getByRole('button', { name: 'Reset' }).click();
    await row.getByText('Set by you').waitFor({ state: 'detached' });
    await context.close();
  });
});

