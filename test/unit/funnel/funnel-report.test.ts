import { afterEach, describe, expect, it } from 'vitest';
import { createShop, type ShopBuilder } from '../../support/shop-builder.ts';
import { recompute } from '../../../src/main/recompute/recompute.ts';
import { funnelReport } from '../../../src/main/funnel/funnel-report.ts';
import { writeTraffic } from '../../../src/main/import/traffic/traffic-store.ts';
import type { TrafficRow } from '../../../src/main/import/traffic/traffic-file.ts';

const sessions = (period: string, count: number): TrafficRow => ({ period, line: 2, sessions: count, visitors: null, addedToCart: null, reachedCheckout: null, convertedSessions: null });

/**
 * A shop with fewer than 20 repeat customers, so the typical-shop thresholds hold (docs/lifecycle.md):
 * window 90 days, lapse 180, loyal from 3 purchase occasions.
 */
function buildShop(): ShopBuilder {
  const shop = createShop();
  shop.batch(() => {
    const ana = shop.customer({ email: 'ana@example.com' });
    shop.order(ana, '2025-01-05');
    shop.order(ana, '2025-01-05', { total: 5 }); // same day: one occasion
    shop.order(ana, '2025-02-10');
    shop.order(ana, '2025-03-15'); // third occasion: loyal
    const ben = shop.customer({ email: 'ben@example.com' });
    shop.order(ben, '2024-06-10');
    shop.order(ben, '2025-02-20'); // 255 days later: lapsed since December, won back
    const cleo = shop.customer({ email: 'cleo@example.com' });
    shop.order(cleo, '2025-01-20', { isPurchase: false }); // an unpaid order: known, no purchase
    shop.order(cleo, '2025-03-02');
    const dan = shop.customer({ email: 'dan@example.com' });
    shop.order(dan, '2025-03-30', { total: 10, refunded: 10 }); // refunded in full: no counted purchase
    shop.customer({ email: 'eve@example.com', fromCustomersExport: true }); // a contact who never ordered
    writeTraffic(shop.db, [sessions('2025-01', 1000), sessions('2025-02-01', 40), ...Array.from({ length: 27 }, (_, i) => sessions(`2025-02-${String(i + 2).padStart(2, '0')}`, 10))], shop.importId);
  });
  recompute(shop.db); // as of the last order day, 2025-03-30
  return shop;
}

describe('the funnel (docs/funnel.md)', () => {
  let shop: ShopBuilder | null = null;
  afterEach(() => {
    shop?.dispose();
    shop = null;
  });

  it('counts each stage per month as the lifecycle does, with the rates between them', () => {
    shop = buildShop();
    const report = funnelReport(shop.db, { from: '2025-01', to: '2025-03' });
    expect(report.asOf).toBe('2025-03-30');
    const byMonth = Object.fromEntries(report.months.map((m) => [m.month, m]));
    expect(byMonth['2025-01']).toMatchObject({ sessions: 1000, newProspects: 2, firstPurchases: 1, secondPurchases: 0, newLoyal: 0, wonBack: 0, trafficDays: 31, days: 31 });
    expect(byMonth['2025-02']).toMatchObject({ sessions: 310, newProspects: 0, firstPurchases: 0, secondPurchases: 2, newLoyal: 0, wonBack: 1, lapsed: 1 });
    expect(byMonth['2025-03']).toMatchObject({ sessions: null, trafficDays: 0, newProspects: 1, firstPurchases: 1, secondPurchases: 0, newLoyal: 1, wonBack: 0, days: 30 });
    expect(byMonth['2025-01'].rates).toMatchObject({ acquisition: 2 / 1000, conversion: 1 / 2, retention: 0 });
    expect(byMonth['2025-02'].rates).toMatchObject({ acquisition: 0, conversion: null, retention: null, recovery: 1 });
    expect(byMonth['2025-03'].rates.acquisition).toBeNull();
    // No month of the shop is a year after another shown here.
    expect(byMonth['2025-03'].yearEarlierRates).toEqual({ acquisition: null, conversion: null, retention: null, loyalty: null, recovery: null });
    expect(report.period).toMatchObject({ from: '2025-01', to: '2025-03', sessions: null, newProspects: 3, firstPurchases: 2, secondPurchases: 2, newLoyal: 1, wonBack: 1, lapsed: 1 });
    expect(report.period.rates.loyalty).toBe(0.5);
    // Ben's first order, in June 2024, is a year earlier than the selected months' first.
    expect(report.yearEarlier).toMatchObject({ from: '2024-01', to: '2024-03', newProspects: 0 });
    expect(report.previous).toMatchObject({ from: '2024-10', to: '2024-12', newProspects: 0, lapsed: 1 });
    expect(report.undatedProspects).toBe(1);
    expect(report.traffic).toEqual({ firstDay: '2025-01', lastDay: '2025-02-28', periods: 29, sessions: 1310 });
  });

  it('names the stage furthest below its target and the campaign for it', () => {
    shop = buildShop();
    shop.db.prepare("INSERT INTO funnel_targets (rate, target) VALUES ('conversion', 0.9), ('retention', 2)").run();
    const report = funnelReport(shop.db, { from: '2025-01', to: '2025-03' });
    expect(report.targets).toEqual({ conversion: 0.9, retention: 2 });
    expect(report.weakest).toEqual({ rate: 'retention', reason: 'belowTarget', value: 1, reference: 2, campaign: 'new_second_purchase' });
  });

  it('shows a year or the shop\'s months by default, and refuses months after the as-of month and a range that ends before it starts', () => {
    shop = buildShop();
    expect(() => funnelReport(shop!.db, { to: '2025-04' })).toThrow(/up to 2025-03/);
    expect(() => funnelReport(shop!.db, { from: '2025-03', to: '2025-01' })).toThrow(/after its last/);
    // By default the year up to the as-of month, from the month of the shop's first order (Ben's, June 2024).
    const months = funnelReport(shop.db, {}).months.map((m) => m.month);
    expect([months[0], months[months.length - 1], months.length]).toEqual(['2024-06', '2025-03', 10]);
  });
});
