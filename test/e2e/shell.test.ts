import { describe, expect, it } from 'vitest';
import { setUpApp } from './support/app.ts';
import { colorSchemeOf, goTo, screenshot } from './support/browser.ts';

const app = setUpApp();

const navigationByLocale = [
  { locale: 'en-US', lang: 'en', labels: ['Dashboard', 'Customers', 'Journeys', 'Funnel', 'Campaigns', 'Imports', 'Settings'] },
  { locale: 'zh-CN', lang: 'zh', labels: ['概览', '顾客', '顾客旅程', '漏斗', '营销活动', '导入', '设置'] },
  { locale: 'vi-VN', lang: 'vi', labels: ['Tổng quan', 'Khách hàng', 'Hành trình', 'Phễu', 'Chiến dịch', 'Nhập dữ liệu', 'Cài đặt'] },
  { locale: 'ru-RU', lang: 'ru', labels: ['Обзор', 'Покупатели', 'Пути покупателей', 'Воронка', 'Кампании', 'Импорт', 'Настройки'] },
];

describe('app shell', () => {
  for (const { locale, lang, labels } of navigationByLocale) {
    it(`follows the computer's language: ${locale}`, async () => {
      const { context, page } = await app.open({ locale });
      const nav = page.getByRole('navigation');
      for (const label of labels) await expect(nav.getByRole('button', { name: label, exact: true }).isVisible()).resolves.toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe({ en: 'en', zh: 'zh-CN', vi: 'vi-VN', ru: 'ru-RU' }[lang]);
      await screenshot(page, `shell-empty-${lang}`);
      await context.close();
    });
  }

  it('invites an empty shop to drop an export', async () => {
    const { context, page } = await app.open();
    const invite = page.getByTestId('empty-state');
    await invite.waitFor();
    expect(await invite.getByText('Drop your Shopify orders export here').isVisible()).toBe(true);
    expect(await invite.getByRole('button', { name: 'Choose files…' }).isVisible()).toBe(true);
    expect(await invite.getByRole('button', { name: 'Try the sample store' }).isVisible()).toBe(true);
    await context.close();
  });

  it('follows the OS colour scheme, switches theme in Settings and keeps the choice', async () => {
    const { context, page } = await app.open({ colorScheme: 'dark' });
    expect(await colorSchemeOf(page)).toBe('dark');
    await goTo(page, 'settings');
    const themes = page.getByRole('radiogroup', { name: 'Theme' });
    await themes.getByText('Light', { exact: true }).click();
    await expect.poll(() => colorSchemeOf(page)).toBe('light');
    await screenshot(page, 'settings-light');
    await themes.getByText('Dark', { exact: true }).click();
    await expect.poll(() => colorSchemeOf(page)).toBe('dark');
    await screenshot(page, 'settings-dark');
    await themes.getByText('Light', { exact: true }).click();
    await expect.poll(async () => (await app.host.core.dispatch('preferences.get', {})).ok && (await app.host.core.handlers['preferences.get']({})).theme).toBe('light');

    await page.reload();
    await page.getByRole('navigation').waitFor();
    expect(await colorSchemeOf(page)).toBe('light');
    await app.host.core.dispatch('preferences.set', { theme: 'auto' });
    await context.close();
  });

  it('switches the language in Settings, overriding the computer', async () => {
    const { context, page } = await app.open({ locale: 'en-US' });
    await goTo(page, 'settings');
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Русский' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Настройки', exact: true }).waitFor();
    expect((await app.host.core.handlers['preferences.get']({})).language).toBe('ru');
    await screenshot(page, 'settings-ru');
    await app.host.core.dispatch('preferences.set', { language: null });
    await context.close();
  });

  it('reaches every screen with the keyboard alone', async () => {
    const { context, page } = await app.open();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-screen') ?? null);
    expect(await focused()).toBe('dashboard');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('customers');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-screen="customers"]').getAttribute('aria-current')).toBe('page');
    await context.close();
  });
});
