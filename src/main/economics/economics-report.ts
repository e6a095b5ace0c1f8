import type { Db } from '../db/connection.ts';
import { ALL_CHANNELS, LTV_HORIZONS, UNATTRIBUTED, type AcquisitionRow, type ChannelLink, type EconomicsReport, type LtvFigure, type MarginSettings, type RevenueMixRow } from '../../shared/domain/economics.ts';
import { readMarginSettings } from '../shop/margin-settings.ts';
import { addMonths, lastDayOfMonth, monthOf, monthRange, wholeMonthsBetween } from './calendar-months.ts';
import { predictedRemainderModel } from './predicted-remainder.ts';
import { listChannelLinks, listSpend } from './spend-store.ts';

/** How many months after the first purchase the payback search looks. */
const PAYBACK_MONTHS = 36;

interface Purchase {
  id: number;
  customer: number;
  day: string;
  net: number;
  taxes: number | null;
  shipping: number | null;
  source: string | null;
  discount: string | null;
}

/**
 * A purchase's contribution margin in cents (docs/counting.md, "Contribution margin"): revenue without the taxes and
 * shipping charged, times the goods margin, less the shop's shipping cost and payment fees for the order.
 */
function marginOf(p: Purchase, m: MarginSettings, costed: Map<number, CostedLines>): number {
  const goods = Math.max(p.net - (p.taxes ?? 0) - (p.shipping ?? 0), 0);
  // Lines of products with a unit cost from the costs file cost what it says; the rest of the goods, the default margin.
  const lines = costed.get(p.id);
  const known = lines ? Math.min(lines.revenue, goods) : 0;
  const goodsCost = (lines?.cost ?? 0) + (goods - known) * (1 - m.goodsMargin);
  return goods - goodsCost - m.shippingCostPerOrder * 100 - (p.net * m.paymentFeeRate + m.paymentFeeFixed * 100);
}

/** Per order, the cost and the revenue of its lines whose product has a unit cost (by SKU first, else by title). */
interface CostedLines {
  cost: number;
  revenue: number;
}

function costedLines(db: Db, until: string): Map<number, CostedLines> {
  const costed = new Map<number, CostedLines>();
  if (db.prepare('SELECT count(*) FROM product_costs').pluck().get() === 0) return costed;
  const rows = db
    .prepare(
      `SELECT l.order_id AS id, sum(l.quantity * coalesce(bySku.unit_cost_cents, byTitle.unit_cost_cents)) AS cost, sum(l.quantity * l.price_cents) AS revenue
         FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id
         LEFT JOIN product_costs bySku ON bySku.match_key = lower(trim(p.sku))
         LEFT JOIN product_costs byTitle ON byTitle.match_key = lower(trim(p.product_title))
        WHERE o.is_purchase = 1 AND o.created_day <= ? AND coalesce(bySku.unit_cost_cents, byTitle.unit_cost_cents) IS NOT NULL
        GROUP BY l.order_id`,
    )
    .all(until) as ({ id: number } & CostedLines)[];
  for (const r of rows) costed.set(r.id, { cost: r.cost, revenue: r.revenue });
  return costed;
}

/** A group of customers who first bought in the same month (through the same channel, or any). */
interface Cohort {
  month: string;
  channel: string;
  customers: number;
  /** Net cents received within each LTV horizon. */
  withinHorizon: number[];
  /** Margin cents earned within each LTV horizon. */
  marginWithinHorizon: number[];
  /** Net cents the model expects from the as-of day to the end of each horizon (0 once a horizon has passed). */
  predicted: number[];
  /** Margin cents earned in month k after the first purchase (k = 0 .. PAYBACK_MONTHS-1). */
  byMonthOffset: number[];
}

/**
 * Acquisition economics as of a day: CAC, LTV at 3/6/12 months, LTV:CAC and payback per first-purchase
 * month and channel, and the monthly mix of revenue from new and returning customers.
 * A customer's channel comes from their first purchase's Source or discount code through the owner's
 * links; without a matching link they are `unattributed`, never guessed.
 */
export function economicsReport(db: Db, asOf?: string): EconomicsReport {
  const until = asOf ?? ((db.prepare('SELECT max(created_day) FROM orders').pluck().get() as string | null) ?? '9999-12-31');
  // Taxes and shipping charged are entries 2 and 1 of `details_json` (order_details reads them by name).
  const purchases = db
    .prepare(
      `SELECT o.id AS id, coalesce(c.merged_into, c.id) AS customer, o.created_day AS day, o.net_cents AS net,
              o.details_json ->> 2 AS taxes, o.details_json ->> 1 AS shipping, o.source_channel AS source, o.discount_code AS discount
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE o.is_purchase = 1 AND o.created_day <= ?
        ORDER BY customer, o.created_ms, o.id`,
    )
    .all(until) as Purchase[];
  const currencies = db.prepare('SELECT DISTINCT currency FROM orders WHERE currency IS NOT NULL ORDER BY currency').pluck().all() as string[];
  const spend = listSpend(db);
  const attribute = attributionRule(listChannelLinks(db));
  const remainder = predictedRemainderModel(db, until);
  const margin = readMarginSettings(db);
  const costed = costedLines(db, until);
  // The model predicts revenue; its margin is taken at the shop's own ratio of margin to revenue.
  let netTotal = 0;
  let marginTotal = 0;
  for (const p of purchases) {
    netTotal += p.net;
    marginTotal += marginOf(p, margin, costed);
  }
  const marginRatio = netTotal > 0 ? marginTotal / netTotal : 0;

  const cohorts = new Map<string, Cohort>();
  const cohortFor = (month: string, channel: string): Cohort => {
    const key = `${month}\u0000${channel}`;
    let cohort = cohorts.get(key);
    if (!cohort) {
      cohort = {
        month,
        channel,
        customers: 0,
        withinHorizon: LTV_HORIZONS.map(() => 0),
        marginWithinHorizon: LTV_HORIZONS.map(() => 0),
        predicted: LTV_HORIZONS.map(() => 0),
        byMonthOffset: new Array(PAYBACK_MONTHS).fill(0),
      };
      cohorts.set(key, cohort);
    }
    return cohort;
  };
  const mix = new Map<string, { newRevenue: number; returningRevenue: number; buyers: Map<number, { first: boolean; orders: number }> }>();

  for (let i = 0; i < purchases.length; ) {
    const customer = purchases[i].customer;
    const first = purchases[i];
    const month = monthOf(first.day);
    const targets = [cohortFor(month, ALL_CHANNELS), cohortFor(month, attribute(first))];
    for (const t of targets) t.customers += 1;
    const days: string[] = [];
    for (; i < purchases.length && purchases[i].customer === customer; i++) {
      const p = purchases[i];
      days.push(p.day);
      const offset = wholeMonthsBetween(first.day, p.day);
      const earned = marginOf(p, margin, costed);
      for (const t of targets) {
        LTV_HORIZONS.forEach((h, hi) => {
          if (offset < h) {
            t.withinHorizon[hi] += p.net;
            t.marginWithinHorizon[hi] += earned;
          }
        });
        if (offset < PAYBACK_MONTHS) t.byMonthOffset[offset] += earned;
      }
      const m = monthOf(p.day);
      let row = mix.get(m);
      if (!row) mix.set(m, (row = { newRevenue: 0, returningRevenue: 0, buyers: new Map() }));
      const isFirst = p === first;
      if (isFirst) row.newRevenue += p.net;
      else row.returningRevenue += p.net;
      const buyer = row.buyers.get(customer) ?? { first: false, orders: 0 };
      buyer.first ||= isFirst;
      buyer.orders += 1;
      row.buyers.set(customer, buyer);
    }
    if (remainder) {
      const expected = remainder({ customer, days }, LTV_HORIZONS.map((h) => addMonths(first.day, h)));
      for (const t of targets) expected.forEach((cents, hi) => (t.predicted[hi] += cents));
    }
  }

  const spendByMonthChannel = new Map<string, number>();
  for (const s of spend) {
    spendByMonthChannel.set(`${s.month}\u0000${s.channel}`, (spendByMonthChannel.get(`${s.month}\u0000${s.channel}`) ?? 0) + s.spend * 100);
    spendByMonthChannel.set(`${s.month}\u0000${ALL_CHANNELS}`, (spendByMonthChannel.get(`${s.month}\u0000${ALL_CHANNELS}`) ?? 0) + s.spend * 100);
  }
  const channels = [...new Set([...spend.map((s) => s.channel), ...[...cohorts.values()].map((c) => c.channel)])].filter((c) => c !== ALL_CHANNELS).sort();

  const months = monthsCovered(purchases, spend.map((s) => s.month));
  const acquisition: AcquisitionRow[] = [];
  for (const month of months) {
    for (const channel of [ALL_CHANNELS, ...channels]) {
      const cohort = cohorts.get(`${month}\u0000${channel}`);
      const spendCents = spendByMonthChannel.get(`${month}\u0000${channel}`);
      if (!cohort && spendCents === undefined) continue;
      acquisition.push(acquisitionRow(month, channel, cohort, spendCents ?? null, until, remainder !== null, marginRatio));
    }
  }

  const revenueMix: RevenueMixRow[] = [...mix.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, row]) => {
      const buyers = [...row.buyers.values()];
      const total = row.newRevenue + row.returningRevenue;
      return {
        month,
        newRevenue: row.newRevenue / 100,
        returningRevenue: row.returningRevenue / 100,
        returningShare: total > 0 ? row.returningRevenue / total : null,
        newCustomers: buyers.filter((b) => b.first).length,
        returningCustomers: buyers.filter((b) => !b.first).length,
        repeatPurchaseRate: buyers.length > 0 ? buyers.filter((b) => b.orders >= 2).length / buyers.length : null,
      };
    });

  return {
    asOf: asOf ?? null,
    currency: currencies.length === 1 ? currencies[0] : null,
    hasSpend: spend.length > 0,
    channels,
    acquisition,
    revenueMix,
    margin,
    totals: totals(cohorts, spendByMonthChannel, revenueMix, until, remainder !== null, marginRatio),
  };
}

function attributionRule(links: ChannelLink[]): (p: Purchase) => string {
  const bySource = new Map(links.filter((l) => l.matchKind === 'source').map((l) => [l.pattern.toLowerCase(), l.channel]));
  const byCode = new Map(links.filter((l) => l.matchKind === 'discount_code').map((l) => [l.pattern.toLowerCase(), l.channel]));
  return (p) => (p.discount && byCode.get(p.discount.trim().toLowerCase())) || (p.source && bySource.get(p.source.trim().toLowerCase())) || UNATTRIBUTED;
}

function monthsCovered(purchases: Purchase[], spendMonths: string[]): string[] {
  const all = [...purchases.map((p) => monthOf(p.day)), ...spendMonths].sort();
  return all.length === 0 ? [] : monthRange(all[0], all[all.length - 1]);
}

function ltvFigures(cohort: Cohort | undefined, month: string, until: string, modelled: boolean, marginRatio: number): LtvFigure[] {
  return LTV_HORIZONS.map((h, hi) => {
    const complete = wholeMonthsBetween(lastDayOfMonth(month), until) >= h;
    const perCustomer = (cents: number) => (cohort && cohort.customers > 0 ? cents / cohort.customers / 100 : 0);
    const predictedRemainder = complete ? 0 : modelled ? perCustomer(cohort?.predicted[hi] ?? 0) : null;
    return {
      horizonMonths: h,
      margin: perCustomer(cohort?.marginWithinHorizon[hi] ?? 0),
      marginPredictedRemainder: predictedRemainder === null ? null : predictedRemainder * marginRatio,
      actual: perCustomer(cohort?.withinHorizon[hi] ?? 0),
      predictedRemainder,
      complete,
    };
  });
}

/** The first k (1-based months) at which cumulative margin per customer reaches `cacCents`. */
function paybackMonths(byMonthOffset: number[], customers: number, cacCents: number): number | null {
  let cumulative = 0;
  for (let k = 0; k < byMonthOffset.length; k++) {
    cumulative += byMonthOffset[k];
    if (cumulative / customers >= cacCents) return k + 1;
  }
  return null;
}

function acquisitionRow(month: string, channel: string, cohort: Cohort | undefined, spendCents: number | null, until: string, modelled: boolean, marginRatio: number): AcquisitionRow {
  const newCustomers = cohort?.customers ?? 0;
  const cacCents = spendCents !== null && newCustomers > 0 ? spendCents / newCustomers : null;
  const ltv = ltvFigures(cohort, month, until, modelled, marginRatio);
  const ltv12 = ltv[ltv.length - 1];
  const marginLtv12 = ltv12.marginPredictedRemainder === null ? null : ltv12.margin + ltv12.marginPredictedRemainder;
  const revenueLtv12 = ltv12.predictedRemainder === null ? null : ltv12.actual + ltv12.predictedRemainder;
  return {
    month,
    channel,
    newCustomers,
    spend: spendCents === null ? null : spendCents / 100,
    cac: cacCents === null ? null : cacCents / 100,
    ltv,
    ltvToCac: cacCents && marginLtv12 !== null ? marginLtv12 / (cacCents / 100) : null,
    ltvBasis: marginLtv12 === null ? null : ltv12.complete ? 'observed' : 'predicted',
    revenueLtvToCac: cacCents && revenueLtv12 !== null ? revenueLtv12 / (cacCents / 100) : null,
    paybackMonths: cacCents !== null && cohort ? paybackMonths(cohort.byMonthOffset, newCustomers, cacCents) : null,
  };
}

/**
 * The headline figures. CAC is spend over the new customers of the months with spend. LTV:CAC and payback are like
 * for like (docs/counting.md, "LTV:CAC"): only cohorts with both their own spend and a 12-month LTV (observed, or
 * with the model's remainder) are pooled, and the report names them.
 */
function totals(cohorts: Map<string, Cohort>, spendByMonthChannel: Map<string, number>, mix: RevenueMixRow[], until: string, modelled: boolean, marginRatio: number): EconomicsReport['totals'] {
  const whole = [...cohorts.values()].filter((c) => c.channel === ALL_CHANNELS);
  const withSpend = whole.filter((c) => spendByMonthChannel.has(`${c.month}\u0000${ALL_CHANNELS}`));
  const spendCents = [...spendByMonthChannel.entries()].filter(([k]) => k.endsWith(`\u0000${ALL_CHANNELS}`)).reduce((sum, [, v]) => sum + v, 0);
  const newCustomers = withSpend.reduce((sum, c) => sum + c.customers, 0);
  const cacCents = newCustomers > 0 && spendCents > 0 ? spendCents / newCustomers : null;
  const last = LTV_HORIZONS.length - 1;
  const complete12 = whole.filter((c) => wholeMonthsBetween(lastDayOfMonth(c.month), until) >= 12);
  const completeCustomers = complete12.reduce((sum, c) => sum + c.customers, 0);
  const perCompleteCustomer = (pick: (c: Cohort) => number) => (completeCustomers > 0 ? complete12.reduce((sum, c) => sum + pick(c), 0) / completeCustomers / 100 : null);
  // Like for like: each pooled cohort brings its own spend and its own 12-month margin LTV.
  const pooled = withSpend.filter((c) => c.customers > 0 && (spendByMonthChannel.get(`${c.month}\u0000${ALL_CHANNELS}`) ?? 0) > 0 && (modelled || wholeMonthsBetween(lastDayOfMonth(c.month), until) >= 12));
  let pooledSpend = 0;
  let pooledMargin = 0;
  let pooledCustomers = 0;
  const pooledOffsets = new Array(PAYBACK_MONTHS).fill(0);
  let pooledPredicted = false;
  for (const c of pooled) {
    const complete = wholeMonthsBetween(lastDayOfMonth(c.month), until) >= 12;
    pooledPredicted ||= !complete;
    pooledSpend += spendByMonthChannel.get(`${c.month}\u0000${ALL_CHANNELS}`) ?? 0;
    pooledMargin += c.marginWithinHorizon[last] + (complete ? 0 : c.predicted[last] * marginRatio);
    pooledCustomers += c.customers;
    c.byMonthOffset.forEach((v, k) => (pooledOffsets[k] += v));
  }
  const revenue = mix.reduce((sum, r) => sum + r.newRevenue + r.returningRevenue, 0);
  const returning = mix.reduce((sum, r) => sum + r.returningRevenue, 0);
  return {
    spend: spendCents / 100,
    newCustomers,
    cac: cacCents === null ? null : cacCents / 100,
    ltv12: perCompleteCustomer((c) => c.marginWithinHorizon[last]),
    revenueLtv12: perCompleteCustomer((c) => c.withinHorizon[last]),
    ltvToCac: pooledSpend > 0 ? pooledMargin / pooledSpend : null,
    pooledMonths: pooled.map((c) => c.month).sort(),
    pooledPredicted,
    paybackMonths: pooledSpend > 0 ? paybackMonths(pooledOffsets, pooledCustomers, pooledSpend / pooledCustomers) : null,
    returningShare: revenue > 0 ? returning / revenue : null,
  };
}
