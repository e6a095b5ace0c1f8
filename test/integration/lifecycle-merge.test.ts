import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShop } from '../support/shop-builder.ts';
import { startTestCore, call } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const D0 = '2024-01-01';
const day = (n: number) => new Date(Date.parse(`${D0}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Ann shops under two e-mails: `ann` (days 180 and 195) and `work` (day 190). Merging `ann` into
 * `work` must show `work` as one loyal customer with three purchases right away, without another
 * import; unmerging must bring back the two customers as they were.
 */
describe('merging and unmerging customers recomputes the lifecycle (real core, worker thread)', () => {
  const temp = makeTempDir();
  let core: ReturnType<typeof startTestCore>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const shop = createShop({ dir: temp.dir });
    ids.ann = shop.customer({ email: 'ann@example.com', firstName: 'Ann' });
    ids.work = shop.customer({ email: 'ann@work.example', firstName: 'Ann' });
    ids.bo = shop.customer({ email: 'bo@example.com', firstName: 'Bo' });
    shop.order(ids.ann, day(180), { total: 30 });
    shop.order(ids.ann, day(195), { total: 20 });
    shop.order(ids.work, day(190), { total: 40 });
    shop.order(ids.bo, day(200), { total: 10 });
    shop.close();
    core = startTestCore({ dbPath: `${temp.dir}/regulars.db` });
    await call(core, 'lifecycle.setThresholds', { window: 30, atRisk: 80, lapse: 100, loyal: 3 });
  });
  afterAll(async () => {
    await core.dispose();
    temp.cleanup();
  });

  const row = async (id: number) => (await call(core, 'lifecycle.customers', { sort: 'netValue', direction: 'desc' })).rows.find((r) => r.id === id);

  it('counts the merged customer with every purchase of both, in the stage that follows', async () => {
    expect(await row(ids.work)).toMatchObject({ stage: 'new', purchases: 1, netValue: 40 });
    expect(await row(ids.ann)).toMatchObject({ stage: 'repeat', purchases: 2, netValue: 50 });

    await call(core, 'customers.merge', { sourceId: ids.ann, targetId: ids.work });

    expect(await row(ids.work)).toMatchObject({ stage: 'loyal', purchases: 3, netValue: 90, firstPurchase: day(180), lastPurchase: day(195) });
    expect(await row(ids.ann)).toBeUndefined();
    expect((await call(core, 'lifecycle.customer', { id: ids.work })).frequencyRecency).toEqual({ x: 2, tx: 15, T: 20, repeatMean: 30 });
  });

  it('restores both customers when the merge is undone', async () => {
    await call(core, 'customers.unmerge', { customerId: ids.ann });

    expect(await row(ids.work)).toMatchObject({ stage: 'new', purchases: 1, netValue: 40 });
    expect(await row(ids.ann)).toMatchObject({ stage: 'repeat', purchases: 2, netValue: 50 });
  });
});
