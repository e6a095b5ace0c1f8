import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShop } from '../support/shop-builder.ts';
import { startTestCore, call } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { runCli } from '../../src/main/cli/run-cli.ts';
import type { ApiEvent } from '../../src/shared/api/index.ts';
import { CUSTOMER_SORT_FIELDS } from '../../src/shared/domain/lifecycle.ts';

const D0 = '2024-01-01';
const day = (n: number) => new Date(Date.parse(`${D0}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * A small shop, as of day 200 (the latest order), with the thresholds pinned by the test to
 * window 30, at-risk 80, lapse 100, loyal 3:
 *  ann  one purchase on day 195                     -> new
 *  bo   days 0, 150, 160, 190 (reactivated at 150) -> loyal (reactivation ended on day 181)
 *  cy   days 10 (net 300), 20                       -> lapsed (last purchase 180 days ago)
 *  di   one purchase on day 120                     -> at risk
 *  eve  subscriber from a customers export imported on day 50 -> prospect (from day 50)
 *  fay  days 100, 140 (tea both times)              -> repeat
 */
function buildShop(dir: string): Record<string, number> {
  const shop = createShop({ dir });
  const ids = {
    ann: shop.customer({ email: 'ann@example.com', firstName: 'Ann', lastName: 'Arbor', country: 'DE', acceptsEmail: true }),
    bo: shop.customer({ email: 'bo@example.com', firstName: 'Bo', country: 'FR', acceptsEmail: false }),
    cy: shop.customer({ email: 'cy@example.com', firstName: 'Cy', country: 'DE', acceptsEmail: true }),
    di: shop.customer({ email: 'di@example.com', firstName: 'Di', phone: '+49 170 555', country: 'VN' }),
    eve: shop.customer({ email: 'eve@example.com', firstName: 'Eve', fromCustomersExport: true, exportSeenDay: day(50), acceptsEmail: true }),
    fay: shop.customer({ email: 'fay@example.com', firstName: 'Fay', country: 'DE' }),
  };
  shop.order(ids.ann, day(195), { total: 40, lines: [{ product: 'Teapot', price: 40 }] });
  for (const d of [0, 150, 160, 190]) shop.order(ids.bo, day(d), { total: 50, lines: [{ product: 'Coffee', price: 50 }], discountCode: d === 0 ? 'WELCOME' : null });
  shop.order(ids.cy, day(10), { total: 300, lines: [{ product: 'Teapot', price: 300 }] });
  shop.order(ids.cy, day(20), { total: 20, lines: [{ product: 'Tea', price: 20 }] });
  shop.order(ids.di, day(120), { total: 25, lines: [{ product: 'Tea', price: 25 }] });
  shop.order(ids.fay, day(100), { total: 15, lines: [{ product: 'Tea', price: 15 }] });
  shop.order(ids.fay, day(140), { total: 15, lines: [{ product: 'Tea', variant: 'Large', price: 15 }] });
  shop.order(ids.ann, day(200), { total: 10, isPurchase: false });
  shop.close();
  return ids;
}

describe('lifecycle requests on a hand-built shop (real core, worker thread)', () => {
  const temp = makeTempDir();
  let core: ReturnType<typeof startTestCore>;
  let ids: Record<string, number>;
  const events: string[] = [];

  beforeAll(async () => {
    ids = buildShop(temp.dir);
    core = startTestCore({ dbPath: `${temp.dir}/regulars.db` });
    core.events.subscribe((e) => {
      if (e.name === 'data.changed') events.push((e as ApiEvent<'data.changed'>).payload.reason);
    });
    await call(core, 'lifecycle.setThresholds', { window: 30, atRisk: 80, lapse: 100, loyal: 3 });
  });
  afterAll(async () => {
    await core.dispose();
    temp.cleanup();
  });

  it('puts every customer in the stage the rules give, as of the latest order day', async () => {
    const overview = await call(core, 'lifecycle.overview', {});
    expect(overview.asOf).toBe(day(200));
    expect(overview.asOfIsLatestOrderDay).toBe(true);
    const counts = Object.fromEntries(overview.stages.map((s) => [s.stage, s.customers]));
    expect(counts).toEqual({ prospect: 1, new: 1, repeat: 1, loyal: 1, at_risk: 1, lapsed: 1, reactivated: 0 });
    expect(overview.stages.find((s) => s.stage === 'loyal')?.netValue).toBe(200);
    expect(overview.thresholds.window).toMatchObject({ value: 30, source: 'user' });
    expect(overview.thresholds.derivation.fallback).toBe(true);
    expect(events).toContain('settings');
  });

  it('lists customers with filters, sorting and search done in SQL', async () => {
    const byValue = await call(core, 'lifecycle.customers', { sort: 'netValue', direction: 'desc', limit: 2 });
    expect(byValue.total).toBe(6);
    expect(byValue.rows.map((r) => r.id)).toEqual([ids.cy, ids.bo]);
    expect(byValue.rows[0]).toMatchObject({ stage: 'lapsed', purchases: 2, netValue: 320, daysSinceLast: 180, firstProduct: 'Teapot', cohortMonth: '2024-01' });
    const germansWithConsent = await call(core, 'lifecycle.customers', { country: ['DE'], acceptsEmail: true, sort: 'name', direction: 'asc' });
    expect(germansWithConsent.rows.map((r) => r.name)).toEqual(['Ann Arbor', 'Cy']);
    const search = await call(core, 'lifecycle.customers', { search: '170 555' });
    expect(search.rows.map((r) => r.id)).toEqual([ids.di]);
    const atRisk = await call(core, 'lifecycle.customers', { stage: ['at_risk', 'lapsed'], sort: 'daysSinceLast', direction: 'asc' });
    expect(atRisk.rows.map((r) => r.id)).toEqual([ids.di, ids.cy]);
    const teaFirst = await call(core, 'lifecycle.customers', { firstProduct: ['Tea'] });
    expect(teaFirst.rows.map((r) => r.id).sort()).toEqual([ids.di, ids.fay].sort());
  });

  it('pages every sort so that the pages join up to the whole list', async () => {
    for (const sort of CUSTOMER_SORT_FIELDS) {
      for (const direction of ['asc', 'desc'] as const) {
        const whole = await call(core, 'lifecycle.customers', { sort, direction, limit: 10 });
        const pages = await Promise.all([0, 2, 4].map((offset) => call(core, 'lifecycle.customers', { sort, direction, offset, limit: 2 })));
        expect(pages.flatMap((page) => page.rows)).toEqual(whole.rows);
        expect(pages.map((page) => page.total)).toEqual([6, 6, 6]);
      }
    }
  });

  it('refuses unknown sort fields and oversized pages before any handler runs', async () => {
    expect(await core.dispatch('lifecycle.customers', { sort: 'password' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('lifecycle.customers', { limit: 100_000 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('lifecycle.transitions', { from: day(100), to: day(50) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('shows a customer profile with the stage journey, orders, line items and frequency and recency', async () => {
    const profile = await call(core, 'lifecycle.customer', { id: ids.bo });
    expect(profile.journey.map((j) => [j.stage, j.from, j.cause])).toEqual([
      ['new', day(0), 'purchase'],
      ['at_risk', day(31), 'window_passed'],
      ['lapsed', day(101), 'lapse_passed'],
      ['reactivated', day(150), 'purchase'],
      ['loyal', day(181), 'reactivation_ended'],
    ]);
    expect(profile.journey.at(-1)?.to).toBeNull();
    expect(profile.orders).toHaveLength(4);
    expect(profile.orders[0].lines).toEqual([{ product: 'Coffee', variant: null, sku: null, quantity: 1, price: 50 }]);
    expect(profile.frequencyRecency).toEqual({ x: 3, tx: 190, T: 200, repeatMean: 50 });
    expect(profile.customer.acceptsEmail).toBe(false);
  });

  it('gives transitions between two days whose rows sum to the population on the first day', async () => {
    const t = await call(core, 'lifecycle.transitions', { from: day(100), to: day(200) });
    // On day 100: bo lapsed (since 101? no: lapsed from day 101), so at risk; cy at risk; fay new; eve prospect.
    const rowSum = t.matrix.map((row) => row.reduce((s, n) => s + n, 0));
    expect(rowSum.reduce((s, n) => s + n, 0)).toBe(t.populationFrom);
    expect(t.populationFrom).toBe(4);
    expect(t.populationTo).toBe(6);
    expect(t.entered).toMatchObject({ new: 1, at_risk: 1 });
  });

  it('keeps stage counts over time whose last point equals the current stages', async () => {
    const months = await call(core, 'lifecycle.stageHistory', { granularity: 'month' });
    expect(months.at(-1)).toEqual({ day: day(200), counts: { prospect: 1, new: 1, repeat: 1, loyal: 1, at_risk: 1, lapsed: 1, reactivated: 0 } });
    expect(months[0].day).toBe('2024-01-31');
  });

  it('answers RFM, cohorts, timing and first products', async () => {
    const rfm = await call(core, 'lifecycle.rfm', {});
    expect(rfm.cells).toHaveLength(25);
    expect(rfm.cells.reduce((s, c) => s + c.customers, 0)).toBe(5);
    const cohorts = await call(core, 'lifecycle.cohorts', { dimension: 'month' });
    expect(cohorts.rows[0]).toMatchObject({ key: '2024-01', customers: 2 });
    expect(cohorts.rows[0].retention[0]).toBe(1);
    expect(cohorts.rows[0].cumulativeNetPerCustomer[0]).toBe(185);
    const discount = await call(core, 'lifecycle.cohorts', { dimension: 'discount' });
    expect(discount.rows.find((r) => r.key === 'WELCOME')?.customers).toBe(1);
    const timing = await call(core, 'lifecycle.timing', {});
    expect(timing.firstToSecond.count).toBe(3);
    // Fay's two Teas are two variants: a product is repurchased by its title.
    expect(timing.products.find((p) => p.product === 'Tea')).toMatchObject({ repurchases: 1, customers: 1 });
    expect(timing.products.find((p) => p.product === 'Coffee')).toMatchObject({ repurchases: 3, customers: 1 });
    expect(timing.products.map((p) => p.product)).toEqual(['Coffee', 'Tea']);
    const first = await call(core, 'lifecycle.firstProducts', {});
    expect(first.find((p) => p.product === 'Teapot')).toMatchObject({ customers: 2, cameBack: 1, returnRate: 0.5 });
  });

  it('lets the as-of day move back in time: only earlier orders count, and nobody before their first evidence', async () => {
    const past = await call(core, 'lifecycle.overview', { asOf: day(20) });
    const counts = Object.fromEntries(past.stages.map((s) => [s.stage, s.customers]));
    // Eve's customers export came on day 50: on day 20 there is no evidence of her yet.
    expect(counts).toMatchObject({ prospect: 0, new: 1, repeat: 1 });
    expect(past.customers).toBe(2);
    const later = await call(core, 'lifecycle.overview', { asOf: day(50) });
    expect(later.stages.find((s) => s.stage === 'prospect')?.customers).toBe(1);
  });

  it('resets overrides to the data-driven values, falling back to retail defaults on this small shop', async () => {
    const thresholds = await call(core, 'lifecycle.resetThresholds', {});
    expect(thresholds.window).toMatchObject({ value: 90, source: 'default' });
    const settings = await call(core, 'lifecycle.setSettings', { atRiskMode: 'model' });
    expect(settings.atRiskMode).toBe('model');
    const overview = await call(core, 'lifecycle.overview', {});
    expect(overview.atRiskMode).toBe('model');
  });

  it('adds stages and thresholds to `regulars summary --json` and prints customers and journeys', async () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    expect(await runCli(['summary', '--json', '--db', core.dbPath], io)).toBe(0);
    const summary = JSON.parse(out.join('\n'));
    expect(Object.keys(summary.stages).sort()).toEqual(['at_risk', 'lapsed', 'loyal', 'new', 'prospect', 'reactivated', 'repeat']);
    expect(summary.thresholds.window).toEqual({ days: 90, source: 'default' });
    out.length = 0;
    expect(await runCli(['customers', '--stage', 'prospect', '--json', '--db', core.dbPath], io)).toBe(0);
    expect(JSON.parse(out.join('\n')).rows.map((r: { id: number }) => r.id)).toEqual([ids.eve]);
    out.length = 0;
    expect(await runCli(['journeys', '--from', day(100), '--to', day(200), '--json', '--db', core.dbPath], io)).toBe(0);
    expect(JSON.parse(out.join('\n')).populationFrom).toBe(4);
    out.length = 0;
    expect(await runCli(['customers', '--sort', 'shoeSize', '--db', core.dbPath], io)).toBe(2);
    expect(out.join('\n')).toContain('--sort must be one of');
  });
});
