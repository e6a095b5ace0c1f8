import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../support/core.ts';
import { setUpApp } from './support/app.ts';
import { goTo, screenshot } from './support/browser.ts';
import { ordersExportFor } from './support/orders-csv.ts';

const app = setUpApp({ prepare: ({ host, dir }) => call(host.core, 'imports.run', { paths: [ordersExportFor(dir)] }) });

describe('Settings: backup, delete all data, restore', () => {
  let backupPath = '';

  it('saves a backup to the location chosen in the save dialog, readable by the owner only', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'settings');
    await page.getByTestId('backup-button').click();
    await page.getByText(/Backup saved to/).waitFor({ timeout: 60_000 });
    const saved = join(app.host.filesDir, 'saved');
    const names = readdirSync(saved).filter((name) => name.endsWith('.db'));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^regulars-backup-\d{4}-\d{2}-\d{2}\.db$/);
    backupPath = join(saved, names[0]);
    expect(statSync(backupPath).mode & 0o777).toBe(0o600);
    await context.close();
  });

  it('asks for the confirmation word, deletes everything, and the app shows the empty state again', async () => {
    const { context, page, errors } = await app.open();
    const errorsAtLoad = errors.length;
    await goTo(page, 'settings');
    await page.getByTestId('delete-all-button').click();
    const dialog = page.getByTestId('delete-all-dialog');
    await dialog.waitFor();
    const confirm = page.getByTestId('delete-all-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('delete-all-input').fill('delete');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('delete-all-input').fill('DELETE');
    await screenshot(page, 'settings-delete-all-confirm');
    await confirm.click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });

    const info = await app.host.core.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { empty: true } });
    await goTo(page, 'dashboard');
    await page.getByTestId('empty-state').waitFor();
    expect(errors.slice(errorsAtLoad)).toEqual([]);
    await context.close();
  });

  it('restores the backup after asking, and the data is back', async () => {
    const { context, page } = await app.open();
    await page.getByTestId('empty-state').waitFor();
    await goTo(page, 'settings');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('restore-button').click();
    await (await chooser).setFiles(backupPath);
    const dialog = page.getByTestId('restore-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('regulars.db.before-restore.bak');
    await screenshot(page, 'settings-restore-confirm');
    await page.getByTestId('restore-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await app.host.core.dispatch('app.info', {})).toMatchObject({ ok: true, value: { empty: false } });
    await goTo(page, 'dashboard');
    await page.getByTestId('empty-state').waitFor({ state: 'detached' });
    await context.close();
  });

  it('shows amounts with the currency code once the user picks it, and keeps the choice', async () => {
    // The sample store's orders (ordersExportFor) are in US dollars.
    const { context, page } = await app.open();
    await page.getByText(/\$\s?\d/).first().waitFor();
    await goTo(page, 'settings');
    await page.getByTestId('currency-display-control').getByText(/^Code/).click();
    await goTo(page, 'dashboard');
    await page.getByText(/USD\s\d/).first().waitFor();
    expect(await page.getByText(/\$\s?\d/).count()).toBe(0);
    expect(await app.host.core.dispatch('preferences.get', {})).toMatchObject({ ok: true, value: { currencyDisplay: 'code' } });
    await context.close();
  });
});
