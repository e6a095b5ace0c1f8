import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCampaign, type NewCampaign } from '../../src/main/campaigns/campaign-store.ts';
import type { CampaignRecord, LiftWindowResult } from '../../src/shared/domain/campaigns.ts';
import { startTestCore } from '../support/core.ts';
import { createShop, type ShopBuilder } from '../support/shop-builder.ts';

function campaign(id: string, campaignDate: string, exportedIds: number[], holdoutIds: number[]): NewCampaign {
  return {
    id,
    name: id,
    audienceKind: 'stage',
    audienceKey: 'lapsed',
    format: 'klaviyo',
    channel: 'email',
    createdAt: `${campaignDate}T08:00:00Z`,
    campaignDate,
    holdoutPercent: 10,
    audienceSize: exportedIds.length + holdoutIds.length,
    leftOut: [],
    includedWithoutConsent: 0,
    fileName: `${id}.csv`,
    exportedIds,
    holdoutIds,
  };
}

/**
 * A shop whose answers are worked out by hand.
 *
 * Campaign "small", sent 2026-01-10, 10 exported (E1..E10) and 5 in the holdout (H1..H5). Orders after it:
 *   E1 01-12 €30 (day 2)          E2 01-17 €20 (day 7, last day of the 7-day window)
 *   E3 01-18 €50 (day 8)          E4 02-09 €40 (day 30, last day of the 30-day window)
 *   E5 02-10 €25 (day 31)         E6 01-10 €100 (the campaign date itself: not after it, not counted)
 *   E7 01-11 €10 + 01-13 €15      E8 01-14 €60 fully refunded (not a purchase)
 *   E9 01-15 €35 through a duplicate merged into E9             E10 nothing
 *   H1 01-16 €20 (day 6)          H2 02-20 €30 (day 41)          H3 03-20 €45 (day 69, after every window)
 * 7 days (to 01-17):  exported E1, E2, E7, E9 bought: 4/10, €110 -> €11.00 per person; holdout H1: 1/5, €20 -> €4.00.
 * 30 days (to 02-09): exported + E3, E4: 6/10, €200 -> €20.00; holdout 1/5, €4.00.
 * 60 days (to 03-11): exported + E5: 7/10, €225 -> €22.50; holdout H1, H2: 2/5, €50 -> €10.00.
 * Wilson 95%: 4/10 -> [0.1682, 0.6873]; 1/5 -> [0.0362, 0.6245].
 * Newcombe for 0.4 - 0.2 = 0.2: low = 0.2 - sqrt((0.4 - 0.1682)² + (0.6245 - 0.2)²) = -0.2836,
 *                               high = 0.2 + sqrt((0.6873 - 0.4)² + (0.2 - 0.0362)²) = 0.5307: includes 0.
 *
 * Campaign "large", sent 2025-06-01: 200 exported of whom 80 buy €10 within a week, 100 held out of whom 20 do.
 * 0.4 - 0.2 = 0.2; Wilson 80/200 -> [0.3346, 0.4692], 20/100 -> [0.1334, 0.2888];
 * Newcombe low = 0.2 - sqrt(0.0654² + 0.0888²) = 0.0897, high = 0.2 + sqrt(0.0692² + 0.0666²) = 0.2960: +20.0 points, likely real.
 * Revenue per person €4.00 vs €2.00; variances 4800/199 and 1600/99, se = sqrt(24.121/200 + 16.162/100) = 0.5312,
 * so the difference €2.00 has the interval 2 ± 1.96 x 0.5312 = [0.9588, 3.0412].
 *
 * Campaign "recent", sent 2026-03-01 with the latest order on 2026-03-20: the 7-day window is complete, the others too early.
 */
function buildShop(shop: ShopBuilder) {
  const c = () => shop.customer({ acceptsEmail: true });
  const E = Array.from({ length: 10 }, c);
  const H = Array.from({ length: 5 }, c);
  shop.batch(() => {
    shop.order(E[0], '2026-01-12', { total: 30 });
    shop.order(E[1], '2026-01-17', { total: 20 });
    shop.order(E[2], '2026-01-18', { total: 50 });
    shop.order(E[3], '2026-02-09', { total: 40 });
    shop.order(E[4], '2026-02-10', { total: 25 });
    shop.order(E[5], '2026-01-10', { total: 100 });
    shop.order(E[6], '2026-01-11', { total: 10 });
    shop.order(E[6], '2026-01-13', { total: 15 });
    shop.order(E[7], '2026-01-14', { total: 60, refunded: 60 });
    const duplicate = shop.customer({ mergedInto: E[8] });
    shop.order(duplicate, '2026-01-15', { total: 35 });
    shop.order(H[0], '2026-01-16', { total: 20 });
    shop.order(H[1], '2026-02-20', { total: 30 });
    shop.order(H[2], '2026-03-20', { total: 45 });
  });
  insertCampaign(shop.db, campaign('small', '2026-01-10', E, H));

  const exported = Array.from({ length: 200 }, c);
  const holdout = Array.from({ length: 100 }, c);
  shop.batch(() => {
    exported.slice(0, 80).forEach((id, i) => shop.order(id, `2025-06-0${2 + (i % 6)}`, { total: 10 }));
    holdout.slice(0, 20).forEach((id) => shop.order(id, '2025-06-05', { total: 10 }));
    insertCampaign(shop.db, campaign('large', '2025-06-01', exported, holdout));
    insertCampaign(shop.db, campaign('recent', '2026-03-01', E, H));
  });
}

describe('campaign lift on a hand-built shop', () => {
  let records: CampaignRecord[];
  let core: ReturnType<typeof startTestCore>;
  const lift = (id: string, days: number): LiftWindowResult => {
    const result = records.find((r) => r.id === id)?.lift.find((w) => w.days === days);
    if (!result) throw new Error(`no ${days}-day lift for ${id}`);
    return result;
  };

  beforeAll(async () => {
    const shop = createShop();
    buildShop(shop);
    shop.close();
    core = startTestCore({ dbPath: shop.path });
    const answer = await core.dispatch('campaigns.list', {});
    if (!answer.ok) throw new Error(answer.error.message);
    records = answer.value as CampaignRecord[];
    shop.dispose();
  });
  afterAll(async () => {
    await core.dispose();
  });

  it('lists the campaigns newest first with the data date', () => {
    expect(records.map((r) => r.id)).toEqual(['recent', 'small', 'large']);
    expect(records[0].dataUntil).toBe('2026-03-20');
  });

  it('purchase rate and revenue per person of each group over 7, 30 and 60 days', () => {
    const figures = [7, 30, 60].map((days) => {
      const w = lift('small', days);
      return [days, w.endDay, w.exported.buyers, w.exported.people, w.exported.revenuePerPerson, w.holdout.buyers, w.holdout.people, w.holdout.revenuePerPerson];
    });
    expect(figures).toEqual([
      [7, '2026-01-17', 4, 10, 11, 1, 5, 4],
      [30, '2026-02-09', 6, 10, 20, 1, 5, 4],
      [60, '2026-03-11', 7, 10, 22.5, 2, 5, 10],
    ]);
  });

  it('Wilson intervals for each rate and Newcombe for the difference; an interval across zero is "no measurable effect"', () => {
    const w = lift('small', 7);
    expect(w.exported.purchaseRate).toBe(0.4);
    expect(w.exported.purchaseRateInterval.low).toBeCloseTo(0.1682, 4);
    expect(w.exported.purchaseRateInterval.high).toBeCloseTo(0.6873, 4);
    expect(w.holdout.purchaseRateInterval.low).toBeCloseTo(0.0362, 4);
    expect(w.holdout.purchaseRateInterval.high).toBeCloseTo(0.6245, 4);
    expect(w.rateDifference).toBeCloseTo(0.2, 10);
    expect(w.rateDifferenceInterval?.low).toBeCloseTo(-0.2836, 4);
    expect(w.rateDifferenceInterval?.high).toBeCloseTo(0.5307, 4);
    expect(w.revenueDifference).toBe(7);
    expect(w.verdict.code).toBe('no_measurable_effect');
    expect(w.verdict.message.text).toBe('No measurable effect');
  });

  it('a clear difference on larger groups is "+20.0 points, likely real", with the revenue interval', () => {
    const w = lift('large', 7);
    expect([w.exported.buyers, w.exported.people, w.holdout.buyers, w.holdout.people]).toEqual([80, 200, 20, 100]);
    expect(w.rateDifferenceInterval?.low).toBeCloseTo(0.0897, 4);
    expect(w.rateDifferenceInterval?.high).toBeCloseTo(0.296, 4);
    expect(w.exported.revenuePerPerson).toBe(4);
    expect(w.holdout.revenuePerPerson).toBe(2);
    expect(w.revenueDifference).toBe(2);
    expect(w.revenueDifferenceInterval?.low).toBeCloseTo(0.9588, 4);
    expect(w.revenueDifferenceInterval?.high).toBeCloseTo(3.0412, 4);
    expect(w.verdict).toMatchObject({ code: 'likely_real_gain', message: { key: 'verdict.likely_real_gain', params: { points: '+20.0' }, text: '+20.0 points, likely real' } });
  });

  it('windows the imported orders do not reach yet are "too early"', () => {
    expect(lift('recent', 7).complete).toBe(true);
    expect(lift('recent', 30)).toMatchObject({ complete: false, endDay: '2026-03-31', verdict: { code: 'too_early', message: { text: 'Too early: the 30-day window ends on 2026-03-31' } } });
    expect(lift('recent', 60).verdict.code).toBe('too_early');
  });
});
