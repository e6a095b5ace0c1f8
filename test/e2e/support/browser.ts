/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RegularsBridge } from '../../../src/shared/api/bridge.ts';

declare global {
  interface Window {
    regulars?: RegularsBridge;
  }
}

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenOptions {
  /** What the OS reports as its language (navigator.language). */
  locale?: string;
  /** What the OS reports as its colour scheme. */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/** A fresh browser context (its own OS locale and colour scheme) with the app loaded from the test host. */
export async function openApp(browser: Browser, url: string, options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1360, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await page.locator('nav').first().waitFor();
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.waitForTimeout(300);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Clicks a navigation entry by its screen id (labels change with the language). */
export async function goTo(page: Page, screen: string): Promise<void> {
  await page.locator(`nav [data-screen="${screen}"]`).click();
}

/** The value of Mantine's colour scheme attribute on <html>. */
export function colorSchemeOf(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
}
