import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection.ts';
import { dayNumber, isoDayOf } from '../../src/main/engine/days.ts';
import { recompute } from '../../src/main/recompute/recompute.ts';
import { campaigns as catalog } from '../../src/shared/i18n/campaigns.ts';
import type { Catalog } from '../../src/shared/i18n/define.ts';
import type { CampaignMessage, CampaignSuggestion } from '../../src/shared/domain/campaigns.ts';
import { startTestCore } from '../support/core.ts';
import { insertCampaign } from '../../src/main/campaigns/campaign-store.ts';
import { DEFAULT_RESPONSE_RATES } from '../../src/main/campaigns/suggestions.ts';
import { createShop } from '../support/shop-builder.ts';

const day = (offset: number) => isoDayOf(dayNumber('2025-01-01') + offset);

/**
 * 25 repeat customers: customer i buys a "Starter kit" on day i and comes back 10 + 2i days later for
 * "Coffee beans" (the first five also take a "Mug"), so the 1st-to-2nd gaps are 10, 12, ..., 58:
 * median 34 days (the 13th), 75th percentile 46 days (the 19th: the second-purchase window).
 * The first ten buy "Coffee beans" again 28 days later: ten repurchases, every 28 days.
 * Five new customers bought once in the last days (days 88 to 92, into April, so that the thresholds,
 * which use the data up to the last month end, see every repeat customer), and one subscriber never bought.
 */
function buildShop() {
  const shop = createShop();
  shop.batch(() => {
    for (let i = 0; i < 25; i += 1) {
      const id = shop.customer({ email: `r${i}@example.com`, acceptsEmail: i % 2 === 0 });
      shop.order(id, day(i), { lines: [{ product: 'Starter kit', price: 30 }] });
      const second = i + 10 + 2 * i;
      shop.order(id, day(second), { lines: [{ product: 'Coffee beans', price: 15 }, ...(i < 5 ? [{ product: 'Mug', price: 8 }] : [])] });
      if (i < 10) shop.order(id, day(second + 28), { lines: [{ product: 'Coffee beans', price: 15 }] });
    }
    for (let i = 0; i < 5; i += 1) {
      const id = shop.customer({ email: `n${i}@example.com`, acceptsEmail: true, acceptsSms: i === 0, phone: i === 0 ? '+14155550123' : null });
      shop.order(id, day(88 + i), { lines: [{ product: 'Starter kit', price: 30 }] });
    }
    shop.customer({ email: 'subscriber@example.com', acceptsEmail: true, fromCustomersExport: true });
  });
  recompute(shop.db);
  shop.close();
  return shop;
}

/** The text at a key; for a plural text, its `_other` form (the one every language has). */
function textAt(messages: Catalog, key: string): unknown {
  const at = (path: string) => path.split('.').reduce<unknown>((node, part) => (node as Catalog | undefined)?.[part], messages);
  return at(key) ?? at(`${key}_other`);
}

describe('campaign suggestions from the shop\'s own data', () => {
  let shop: ReturnType<typeof buildShop>;
  let core: ReturnType<typeof startTestCore>;
  let suggestions: CampaignSuggestion[];
  const byId = (id: string) => {
    const found = suggestions.find((s) => s.id === id);
    if (!found) throw new Error(`no suggestion ${id}`);
    return found;
  };

  beforeAll(async () => {
    shop = buildShop();
    core = startTestCore({ dbPath: shop.path });
    const answer = await core.dispatch('campaigns.suggestions', {});
    if (!answer.ok) throw new Error(answer.error.message);
    suggestions = answer.value as CampaignSuggestion[];
  });
  afterAll(async () => {
    await core.dispose();
    shop.dispose();
  });

  it('proposes a campaign for each stage that has customers, ranked by value at stake', () => {
    expect(suggestions.map((s) => s.id)).toContain('new_second_purchase');
    expect(suggestions.map((s) => s.id)).toContain('prospect_welcome');
    const values = suggestions.map((s) => s.valueAtStake);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const s of suggestions) {
      expect(s.audienceSize).toBeGreaterThan(0);
      expect(s.emailConsenting).toBeLessThanOrEqual(s.audienceSize);
      expect(s.steps.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('times the second-purchase nudge from the shop\'s 1st-to-2nd gap and features what first-time buyers buy next', () => {
    const s = byId('new_second_purchase');
    expect(s).toMatchObject({ stages: ['new'], audienceSize: 5, emailConsenting: 5, smsConsenting: 1, channel: 'email' });
    expect(s.featuredProducts).toEqual(['Coffee beans', 'Mug']);
    // Median 34; window 46, the second nudge 10% (5 days) before its end: day 41.
    expect(s.timing.params).toEqual({ median: 34, window: 46, windowEnd: 41 });
    expect(s.offer.text).toContain('Coffee beans, Mug');
    expect(s.reason.text).toContain('within 46 days');
  });

  it('times the replenishment reminder at 75% of the product\'s repurchase interval', () => {
    const s = byId('repeat_replenish');
    expect(s.featuredProducts).toEqual(['Coffee beans']);
    expect(s.timing.text).toBe('About 75% of the way through each product\'s repurchase interval: for example day 21 for Coffee beans, which customers buy again every 28 days.');
  });

  it('values each campaign at what it is expected to add: audience × the stated default response × the margin of an order', () => {
    for (const s of suggestions) {
      const a = s.valueAssumptions;
      expect(s.valueBasis).toBe('default_response');
      expect(a.measuredOn).toBeNull();
      expect(a.audience).toBe(s.audienceSize);
      expect(a.responseRate).toBe(DEFAULT_RESPONSE_RATES[s.id as keyof typeof DEFAULT_RESPONSE_RATES]);
      // Default margin settings: half of an order at the average order value.
      expect(a.marginPerResponse).toBeCloseTo(a.averageOrderValue * 0.5, 10);
      expect(s.valueAtStake).toBeCloseTo(a.audience * a.responseRate * a.marginPerResponse, 2);
    }
    // Prospects are not assumed to all convert: one prospect is worth 2% of an order's margin.
    expect(byId('prospect_welcome').valueAtStake).toBeLessThan(byId('prospect_welcome').valueAssumptions.marginPerResponse);
  });

  it("uses the shop's measured lift once a holdout test of the campaign is complete", async () => {
    // Sent on day 20 to six customers whose second orders fall on days 22 to 37; three held out buy again only after day 50.
    const db = openDatabase(shop.path);
    const ids = (emails: string[]) => emails.map((email) => db.prepare('SELECT id FROM customers WHERE email = ?').pluck().get(email) as number);
    insertCampaign(db, {
      id: 'second-purchase-test',
      name: 'second purchase test',
      audienceKind: 'suggestion',
      audienceKey: 'new_second_purchase',
      format: 'klaviyo',
      channel: 'email',
      createdAt: `${day(20)}T08:00:00Z`,
      campaignDate: day(20),
      holdoutPercent: 33,
      audienceSize: 9,
      leftOut: [],
      includedWithoutConsent: 0,
      fileName: 'test.csv',
      exportedIds: ids([4, 5, 6, 7, 8, 9].map((i) => `r${i}@example.com`)),
      holdoutIds: ids([14, 15, 16].map((i) => `r${i}@example.com`)),
    });
    db.close();
    const answer = await core.dispatch('campaigns.suggestions', {});
    if (!answer.ok) throw new Error(answer.error.message);
    const measured = (answer.value as CampaignSuggestion[]).find((s) => s.id === 'new_second_purchase')!;
    // 6 of 6 bought within 30 days, 0 of 3 in the holdout: a lift of 100 points.
    expect(measured.valueBasis).toBe('measured_lift');
    expect(measured.valueAssumptions).toMatchObject({ responseRate: 1, measuredOn: { campaignDate: day(20), holdout: 3 } });
    expect(measured.valueAtStake).toBeCloseTo(measured.audienceSize * measured.valueAssumptions.marginPerResponse, 2);
  });

  it('every text of every suggestion exists in all four languages', () => {
    const messages: CampaignMessage[] = suggestions.flatMap((s) => [s.title, s.timing, s.offer, s.reason, ...s.steps]);
    for (const message of messages) {
      for (const language of ['en', 'zh', 'vi', 'ru'] as const) {
        const text = textAt(catalog[language], message.key);
        expect(typeof text === 'string' && text.length > 0, `${language}: ${message.key}`).toBe(true);
        for (const param of Object.keys(message.params)) expect(text, `${language}: ${message.key} uses {{${param}}}`).toMatch(new RegExp(`\\{\\{${param}(, number)?\\}\\}`));
      }
      expect(textAt(catalog.zh, message.key)).not.toBe(textAt(catalog.en, message.key));
    }
  });

  it('an empty database has nothing to suggest', async () => {
    const empty = startTestCore();
    try {
      expect(await empty.dispatch('campaigns.suggestions', {})).toEqual({ ok: true, value: [] });
    } finally {
      await empty.dispose();
    }
  });
});

describe('campaign suggestions while the shop has too few repeat customers', () => {
  it('says the timing is a typical shop\'s, not "your shop", and counts with plural forms', async () => {
    const shop = createShop();
    shop.batch(() => {
      for (let i = 0; i < 3; i += 1) shop.order(shop.customer({ email: `once${i}@example.com`, acceptsEmail: true }), day(i));
      const back = shop.customer({ email: 'back@example.com' });
      shop.order(back, day(1));
      shop.order(back, day(6));
    });
    recompute(shop.db);
    shop.close();
    const core = startTestCore({ dbPath: shop.path });
    try {
      const answer = await core.dispatch('campaigns.suggestions', {});
      if (!answer.ok) throw new Error(answer.error.message);
      const nudge = (answer.value as CampaignSuggestion[]).find((s) => s.id === 'new_second_purchase');
      expect(nudge?.timing).toMatchObject({ key: 'suggestions.new_second_purchase.timingTypical', params: { median: 45, window: 90, windowEnd: 81 } });
      expect(nudge?.timing.text).toContain('typical of shops');
      expect(nudge?.reason.text).toBe(
        '3 customers have bought once. The second order is the hardest step. Too few of your customers have bought twice yet to learn when they come back, so the timing follows a second-purchase window of 90 days, typical of shops.',
      );
      for (const message of [nudge!.timing, nudge!.reason, ...nudge!.steps]) expect(message.text).not.toMatch(/in your shop|your own shop's/);
      // The one repeat customer spent the most: a VIP, and counted as one.
      const vip = (answer.value as CampaignSuggestion[]).find((s) => s.id === 'vip_advocates');
      expect(vip?.reason.text).toMatch(/^1 of your repeat and loyal customers is among the top 5% by spend\./);
    } finally {
      await core.dispose();
      shop.dispose();
    }
  });
});
