/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { setUpApp } from './support/app.ts';
import { goTo } from './support/browser.ts';
import { dropFiles } from './support/drop.ts';

/**
 * Every screen, dialog and import summary (with warnings) in all four languages, on a young shop
 * without a repeat buyer (SamSkanse: guest checkouts, so the import warns about orders without a
 * customer) and on the sample store (thresholds, RFM segments and predictions from its own data):
 * no text may show an unfilled placeholder, `undefined`, `NaN` or `Invalid Date`.
 */
const REAL_SHOP = new URL('../fixtures/real-shops/SamSkanse_Skye-Financials-Automation__orders_export_1-2.csv', import.meta.url).pathname;
const LOCALES = ['en-US', 'zh-CN', 'vi-VN', 'ru-RU'] as const;
const BROKEN = /\{\{|\}\}|undefined|NaN|Invalid Date/;

const app = setUpApp();

/** The visible text of the page and the text of its labels, titles and placeholders. */
function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.body.innerText, ...attributes].join('\n');
  });
}

/** The lines of the page's text that show a placeholder, `undefined`, `NaN` or `Invalid Date`, with where they were seen. */
async function brokenLines(page: Page, where: string): Promise<string[]> {
  return (await pageText(page))
    .split('\n')
    .filter((line) => BROKEN.test(line))
    .map((line) => `${where}: ${line.trim()}`);
}

/** Waits until no request is in flight and nothing says it is loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), undefined, { timeout: 30_000 });
}

/** Visits every screen, tab and dialog, collecting the broken lines of each. */
async function walk(page: Page, shop: string, backupPath: string): Promise<string[]> {
  const found: string[] = [];
  const check = async (where: string) => {
    await settled(page);
    found.push(...(await brokenLines(page, `${shop} ${where}`)));
  };
  for (const screen of ['dashboard', 'customers', 'journeys', 'funnel', 'campaigns', 'spend', 'imports', 'settings']) {
    await goTo(page, screen);
    await check(screen);
    if (screen === 'customers') {
      await page.locator('[data-customer-id]').first().click();
      await page.getByTestId('customer-profile').waitFor();
      await check('customer profile');
      await page.keyboard.press('Escape');
      await page.getByTestId('customer-profile').waitFor({ state: 'detached' });
    }
    if (screen === 'journeys') {
      const tabs = page.getByRole('tab');
      for (let k = 1; k < (await tabs.count()); k += 1) {
        await tabs.nth(k).click();
        await check(`journeys tab ${k}`);
      }
    }
    if (screen === 'campaigns') {
      await page.getByTestId('suggestion-card').first().getByRole('button').last().click();
      await page.getByTestId('export-preview').waitFor();
      await check('export dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    }
    if (screen === 'settings') {
      await page.getByTestId('delete-all-button').click();
      await page.getByTestId('delete-all-dialog').waitFor();
      await check('delete-all dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('delete-all-dialog').waitFor({ state: 'detached' });
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('restore-button').click();
      await (await chooser).setFiles(backupPath);
      await page.getByTestId('restore-dialog').waitFor();
      await check('restore dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('restore-dialog').waitFor({ state: 'detached' });
    }
  }
  return found;
}

async function emptyShop(): Promise<void> {
  const answer = await app.host.core.dispatch('data.deleteAll', { confirm: 'DELETE' });
  expect(answer.ok).toBe(true);
}

describe('no placeholder, undefined, NaN or Invalid Date ever reaches the screen', () => {
  for (const locale of LOCALES) {
    it(`in ${locale}: the empty shop, an import with warnings, a young shop and the sample store`, async () => {
      await emptyShop();
      const { context, page, errors } = await app.open({ locale });
      const found: string[] = [];
      await page.getByTestId('empty-state').waitFor();
      found.push(...(await brokenLines(page, 'empty shop')));

      await dropFiles(page, [REAL_SHOP]);
      const summary = page.getByTestId('import-summary');
      await summary.waitFor({ timeout: 120_000 });
      expect(await summary.locator('li').count()).toBeGreaterThan(0);
      found.push(...(await brokenLines(page, 'import summary')));
      const backupPath = join(app.dir, `backup-${locale}.db`);
      expect(await app.host.core.dispatch('data.backup', { path: backupPath })).toMatchObject({ ok: true });
      found.push(...(await walk(page, 'young shop', backupPath)));

      await emptyShop();
      await goTo(page, 'dashboard');
      await page.getByTestId('empty-state').getByRole('button').nth(1).click();
      await page.getByTestId('import-progress').waitFor();
      await summary.waitFor({ timeout: 180_000 });
      found.push(...(await brokenLines(page, 'sample import summary')));
      found.push(...(await walk(page, 'sample store', backupPath)));

      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 600_000);
  }
});
