import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../support/core.ts';
import { setUpApp } from './support/app.ts';
import { goTo, screenshot } from './support/browser.ts';

/** A transactions file: `n` customers from `first`, every third bought the teapot, the others Green Tea; even ones agreed to marketing. */
function transactions(dir: string, name: string, first: number, n: number): string {
  const rows = ['order_id,customer_id,email,date,amount,product,accepts_marketing'];
  for (let i = first; i < first + n; i += 1) {
    rows.push(`${1000 + i},c${i},c${i}@example.com,2025-0${1 + (i % 9)}-1${i % 10},${20 + i}.00,${i % 3 === 0 ? 'Teapot' : 'Green Tea'},${i % 2 === 0 ? 'yes' : 'no'}`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

// 12 customers: 8 bought Green Tea (i not a multiple of 3), 4 the teapot.
const app = setUpApp({ prepare: ({ host, dir }) => call(host.core, 'imports.run', { paths: [transactions(dir, 'first.csv', 1, 12)] }) });

describe('Customers: the segment builder', () => {
  it('builds a segment from lists with a live count, shows a typed rule\'s error at its column, saves, exports it, and follows the next import', async () => {
    const { context, page, errors } = await app.open();
    await goTo(page, 'customers');
    const builder = page.getByTestId('segment-builder');
    await builder.waitFor();

    // Pick from lists: the field "bought", the product typed in.
    const row = builder.getByTestId('segment-condition').first();
    await row.getByTestId('segment-field').click();
    await page.getByRole('option', { name: /^bought — / }).click();
    await row.getByTestId('segment-value').fill('Green Tea');
    await builder.getByTestId('segment-rule-text').filter({ hasText: 'bought "Green Tea"' }).waitFor();
    await builder.getByTestId('segment-count').filter({ hasText: '8 customers match' }).waitFor();

    // Typed: the rule carries over; a mistake is shown at its column.
    await builder.getByTestId('segment-mode').getByText('Type the rule').click();
    const input = builder.getByTestId('segment-rule-input');
    expect(await input.inputValue()).toBe('bought "Green Tea"');
    await input.fill('bought "Green Tea" and net_value >');
    await builder.getByTestId('segment-error').filter({ hasText: 'Column 35: a value for net_value is expected here.' }).waitFor();
    expect(await builder.getByTestId('segment-caret').innerText()).toBe('bought "Green Tea" and net_value >\n' + ' '.repeat(34) + '^');
    await input.fill('bought "Green Tea" and accepts_email');
    await builder.getByTestId('segment-count').filter({ hasText: '4 customers match' }).waitFor();
    await input.fill('bought "Green Tea"');
    await builder.getByTestId('segment-count').filter({ hasText: '8 customers match' }).waitFor();
    await builder.getByTestId('segment-help').locator('summary').click();
    await builder.getByTestId('segment-help').getByText('days since the latest purchase').waitFor();
    await builder.getByTestId('segment-help').locator('summary').click();

    // The list shows the segment; saved, it appears in the sidebar with its size.
    await builder.getByTestId('segment-apply').click();
    await page.getByTestId('customer-count').filter({ hasText: /^8 people$/ }).waitFor();
    await builder.getByTestId('segment-name').fill('Tea lovers');
    await builder.getByTestId('segment-save').click();
    await page.getByText('Saved "Tea lovers".').waitFor({ timeout: 60_000 });
    const saved = page.getByTestId('saved-segment');
    await saved.getByTestId('saved-segment-name').filter({ hasText: 'Tea lovers' }).waitFor({ timeout: 60_000 });
    expect(await saved.getByTestId('saved-segment-size').innerText()).toBe('8 customers');
    await screenshot(page, 'customers-segment-builder');

    // Exported from the sidebar: the export dialog has it as its audience.
    await saved.getByTestId('saved-segment-export').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('export-audience').inputValue()).toBe('Saved segment: Tea lovers (8 customers)');
    await dialog.getByTestId('export-preview').waitFor();
    await dialog.getByRole('button', { name: 'Save file…' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const file = join(app.host.filesDir, 'saved', 'tea-lovers-csv.csv');
    expect(existsSync(file)).toBe(true);
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    // Header plus the Green Tea buyers who agreed to e-mail (4), less the holdout drawn for this audience.
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(5);
    const [campaign] = await call(app.host.core, 'campaigns.list', {});
    expect(campaign).toMatchObject({ audienceKind: 'segment', audienceKey: 'Tea lovers', audienceSize: 8 });

    // The next import brings two more Green Tea buyers: the saved segment and the count follow.
    await call(app.host.core, 'imports.run', { paths: [transactions(app.dir, 'second.csv', 13, 3)] });
    await saved.getByTestId('saved-segment-size').filter({ hasText: '10 customers' }).waitFor();
    expect(await saved.getByTestId('saved-segment-change').innerText()).toBe('+2 since the last import');
    await builder.getByTestId('segment-count').filter({ hasText: '10 customers match' }).waitFor();
    await page.getByTestId('customer-count').filter({ hasText: /^10 people$/ }).waitFor();
    expect(errors.filter((e) => !e.includes('status of 4'))).toEqual([]);
    await context.close();
  });

  it('Settings: Watch a folder remembers the folder chosen, and stops when asked', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'settings');
    const section = page.getByTestId('watch-folder');
    await section.getByTestId('watch-state').filter({ hasText: 'No folder is watched.' }).waitFor();
    await section.getByTestId('watch-choose').click();
    const folder = join(app.host.filesDir, 'watched');
    await section.getByTestId('watch-state').filter({ hasText: `Watching ${folder}` }).waitFor();
    expect(await call(app.host.core, 'watch.folder', {})).toEqual({ folder });
    await screenshot(page, 'settings-watch-folder');
    await section.getByTestId('watch-stop').click();
    await section.getByTestId('watch-state').filter({ hasText: 'No folder is watched.' }).waitFor();
    await context.close();
  });

  it('Campaigns: a shop-wide control group, which says when the shop is too small for it', async () => {
    const { context, page } = await app.open();
    await goTo(page, 'campaigns');
    const card = page.getByTestId('control-group');
    // 10% of 15 buyers draws nobody here: the card says so instead of a verdict.
    await card.getByTestId('control-share').getByText('10%').click();
    await card.getByTestId('control-empty').filter({ hasText: 'No customer is in the control group: the shop has too few buyers for this share.' }).waitFor();
    expect(await card.getByTestId('control-since').innerText()).toMatch(/^Set on .+; the figures come with the first import of orders after that day\.$/);
    expect(await call(app.host.core, 'campaigns.controlGroup', {})).toMatchObject({ percent: 10, measurement: { control: { people: 0 } } });
    await screenshot(page, 'campaigns-control-group');
    await context.close();
  });
});
