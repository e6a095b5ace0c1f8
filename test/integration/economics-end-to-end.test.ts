import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore } from '../support/core.ts';
import { writeShopifyOrdersExport, type ExportStats } from '../fixtures/shopify-export-generator.ts';
import type { EconomicsReport } from '../../src/shared/domain/economics.ts';

const launcher = join(import.meta.dirname, '../../bin/regulars.mjs');

describe('acquisition economics end to end: import, spend, report through the core and the CLI', () => {
  let core: ReturnType<typeof startTestCore>;
  let stats: ExportStats;
  beforeAll(async () => {
    core = startTestCore();
    const orders = join(core.dir, 'orders_export.csv');
    stats = await writeShopifyOrdersExport(orders, { customers: 300, seed: 7 });
    const imported = await core.dispatch('imports.run', { paths: [orders] });
    expect(imported).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await core.dispose();
  });

  const report = async (): Promise<EconomicsReport> => {
    const answer = await core.dispatch('economics.report', {});
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as EconomicsReport;
  };

  it('shows the LTV side and the new/returning mix before any spend is entered', async () => {
    const before = await report();
    expect(before.hasSpend).toBe(false);
    expect(before.totals.cac).toBeNull();
    const newCustomers = before.acquisition.filter((r) => r.channel === 'all').reduce((sum, r) => sum + r.newCustomers, 0);
    expect(newCustomers).toBeGreaterThan(0);
    expect(newCustomers).toBeLessThanOrEqual(stats.identifiedCustomers);
    // Every purchase of an identified customer is either a first order or a returning one.
    const revenue = before.revenueMix.reduce((sum, m) => sum + m.newRevenue + m.returningRevenue, 0);
    expect(revenue).toBeCloseTo(stats.identifiedNetSalesCents / 100, 6);
    expect(before.acquisition.find((r) => r.channel === 'all')!.ltv.map((l) => l.horizonMonths)).toEqual([3, 6, 12]);
  });

  it('imports a spend CSV and computes CAC for the month from it', async () => {
    const before = await report();
    const month = before.acquisition.find((r) => r.channel === 'all' && r.newCustomers > 0)!;
    const spendFile = join(core.dir, 'spend.csv');
    writeFileSync(spendFile, `month,channel,spend\n${month.month},ads,"1,000.00"\n${month.month},email,200\n`);
    const imported = await core.dispatch('economics.importSpend', { path: spendFile });
    expect(imported).toMatchObject({ ok: true, value: { imported: 2 } });
    const after = (await report()).acquisition.find((r) => r.channel === 'all' && r.month === month.month)!;
    expect(after.spend).toBe(1200);
    expect(after.cac).toBeCloseTo(1200 / month.newCustomers, 6);
  });

  it('prints the monthly table as JSON from `npx regulars economics`', () => {
    const out = execFileSync(process.execPath, [launcher, 'economics', '--db', core.dbPath, '--json'], { encoding: 'utf8' });
    const printed = JSON.parse(out) as EconomicsReport;
    expect(printed.hasSpend).toBe(true);
    expect(printed.acquisition.some((r) => r.spend === 1200)).toBe(true);
    expect(printed.revenueMix.length).toBeGreaterThan(0);
    expect(printed.revenueMix[0]).toHaveProperty('repeatPurchaseRate');
  });

  it('enters spend from the CLI: `regulars spend import`, `spend list --json`, then CAC in `economics --json`', async () => {
    const before = await report();
    const month = before.acquisition.filter((r) => r.channel === 'all' && r.newCustomers > 0 && r.spend === null)[0];
    const spendFile = join(core.dir, 'cli-spend.csv');
    writeFileSync(spendFile, `month,channel,spend\n${month.month},search,300\n`);
    const imported = execFileSync(process.execPath, [launcher, 'spend', 'import', spendFile, '--db', core.dbPath, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(imported)).toMatchObject({ imported: 1 });
    const listed = JSON.parse(execFileSync(process.execPath, [launcher, 'spend', 'list', '--db', core.dbPath, '--json'], { encoding: 'utf8' })) as { spend: { month: string; channel: string; spend: number }[] };
    expect(listed.spend).toContainEqual({ month: month.month, channel: 'search', spend: 300 });
    const printed = JSON.parse(execFileSync(process.execPath, [launcher, 'economics', '--db', core.dbPath, '--json'], { encoding: 'utf8' })) as EconomicsReport;
    const row = printed.acquisition.find((r) => r.channel === 'all' && r.month === month.month)!;
    expect(row.cac).toBeCloseTo(300 / month.newCustomers, 6);
  });

  it('stops `regulars spend import` at a bad cell, naming the file, line and column', () => {
    const spendFile = join(core.dir, 'bad-spend.csv');
    writeFileSync(spendFile, 'month,channel,spend\n2025-01,ads,100\n2025-02,ads,lots\n');
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [launcher, 'spend', 'import', spendFile, '--db', core.dbPath], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      ({ stderr, status } = error as { stderr: string; status: number });
    }
    expect(status).not.toBe(0);
    expect(stderr).toContain('bad-spend.csv line 3, column "spend"');
  });

  it('refuses spend for a month that is not a month, before the core sees it', async () => {
    const answer = await core.dispatch('economics.saveSpend', { entries: [{ month: '2025-13', channel: 'ads', spend: 10 }] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const reserved = await core.dispatch('economics.saveSpend', { entries: [{ month: '2025-01', channel: 'Unattributed', spend: 10 }] });
    expect(reserved).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('used by Regulars itself') } });
  });
});
