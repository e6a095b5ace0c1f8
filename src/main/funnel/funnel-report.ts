import type { Db } from '../db/connection.ts';
import { AppError } from '../../shared/api/envelope.ts';
import { COUNTED_PURCHASE_SQL } from '../db/counted-purchase.ts';
import { readStoredState } from '../engine/read/state.ts';
import { STORED_JOURNEY_SQL, journeyStays } from '../engine/stored-journey.ts';
import { dayNumber, isoMonthOf, monthEndDay } from '../engine/days.ts';
import { STAGES } from '../../shared/domain/lifecycle.ts';
import { trafficByMonth, trafficExtent } from '../import/traffic/traffic-store.ts';
import { readTargets } from './funnel-targets.ts';
import {
  FUNNEL_RATES, RATE_CAMPAIGNS, RATE_PARTS,
  type FunnelCounts, type FunnelFigures, type FunnelMonth, type FunnelPeriod, type FunnelRate, type FunnelReport, type WeakestStage,
} from '../../shared/domain/funnel.ts';

/** Months shown when no range is asked for: the year up to the as-of month. */
const DEFAULT_MONTHS = 12;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const firstDayOf = (index: number) => dayNumber(`${isoMonthOf(index)}-01`);

/** A span of whole months [first, last] (month indexes) and the customers counted in it once. */
interface Span {
  first: number;
  last: number;
  wonBack: number;
  lapsed: number;
}

/**
 * What the stored results say per month (docs/funnel.md): customers whose first purchase fell in it,
 * who reached the loyal stage for the first time, were won back, or were lapsed on the day before the
 * month or on one of its days. `spans` get the same won-back and lapsed counts over whole periods, each
 * customer once. Journeys are read as numbers (stored-journey.ts), days placed in months by a search of
 * the months' first days.
 */
function journeyCounts(db: Db, first: number, last: number, asOfDay: number, spans: Span[]) {
  const size = last - first + 1;
  const counts = { firstPurchases: new Int32Array(size), newLoyal: new Int32Array(size), wonBack: new Int32Array(size), lapsed: new Int32Array(size) };
  const starts = Array.from({ length: size + 1 }, (_, k) => firstDayOf(first + k));
  /** The month (0 .. size - 1) of a day; -1 before the first, size after the last. */
  const at = (day: number) => {
    if (day < starts[0]) return -1;
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const inRange = (k: number) => k >= 0 && k < size;
  const spanDays = spans.map((span) => [firstDayOf(span.first), monthEndDay(span.last)] as const);
  const [loyal, reactivated, lapsed] = (['loyal', 'reactivated', 'lapsed'] as const).map((stage) => STAGES.indexOf(stage));
  const rows = db.prepare(`SELECT first_day_number, ${STORED_JOURNEY_SQL} FROM lifecycle_customers`).raw().all() as [number | null, string][];
  const wonBackDays: number[] = [];
  const lapsedStays: number[] = [];
  for (const [firstPurchase, hex] of rows) {
    const stays = journeyStays(hex);
    if (firstPurchase !== null && inRange(at(firstPurchase))) counts.firstPurchases[at(firstPurchase)] += 1;
    wonBackDays.length = 0;
    lapsedStays.length = 0;
    let becameLoyal = false;
    let lastWonBack = -2;
    let lastLapsed = -2;
    for (let j = 0; j < stays.length; j += 1) {
      const from = stays[j] >> 6;
      const stage = (stays[j] >> 3) & 7;
      if (stage === loyal && !becameLoyal) {
        becameLoyal = true;
        if (inRange(at(from))) counts.newLoyal[at(from)] += 1;
      } else if (stage === reactivated) {
        wonBackDays.push(from);
        const k = at(from);
        if (inRange(k) && k !== lastWonBack) counts.wonBack[k] += 1;
        lastWonBack = k;
      } else if (stage === lapsed) {
        const to = j + 1 < stays.length ? (stays[j + 1] >> 6) - 1 : asOfDay;
        lapsedStays.push(from, to);
        // Lapsed on the day before a month begins, or on one of its days.
        for (let k = Math.max(at(from), lastLapsed + 1, 0); k <= Math.min(at(Math.min(to + 1, asOfDay)), size - 1); k += 1) counts.lapsed[k] += 1;
        lastLapsed = Math.max(lastLapsed, at(Math.min(to + 1, asOfDay)));
      }
    }
    spans.forEach((span, i) => {
      const [start, end] = spanDays[i];
      if (wonBackDays.some((day) => day >= start && day <= end)) span.wonBack += 1;
      for (let j = 0; j < lapsedStays.length; j += 2) {
        if (lapsedStays[j] <= end && lapsedStays[j + 1] >= start - 1) {
          span.lapsed += 1;
          break;
        }
      }
    });
  }
  return counts;
}

/**
 * Customers whose first order of any kind (a purchase, or an unpaid or cancelled order: the day the shop
 * learned who they are) fell in each month, up to the as-of day.
 */
function newProspectsByMonth(db: Db, asOf: string): Map<string, number> {
  const rows = db
    .prepare(
      `WITH firsts AS (
         SELECT min(o.created_day) AS day FROM orders o JOIN customers c ON c.id = o.customer_id
          WHERE o.created_day <= ? GROUP BY coalesce(c.merged_into, c.id))
       SELECT substr(day, 1, 7) AS month, count(*) AS customers FROM firsts GROUP BY month`,
    )
    .all(asOf) as { month: string; customers: number }[];
  return new Map(rows.map((r) => [r.month, r.customers]));
}

/** Customers whose second purchase occasion (docs/counting.md) fell in each month, up to the as-of day. */
function secondPurchasesByMonth(db: Db, asOf: string): Map<string, number> {
  const rows = db
    .prepare(
      `WITH days AS (
         SELECT DISTINCT coalesce(c.merged_into, c.id) AS root, o.created_day AS day
           FROM orders o JOIN customers c ON c.id = o.customer_id
          WHERE ${COUNTED_PURCHASE_SQL} AND o.created_day <= ?),
       ranked AS (SELECT day, row_number() OVER (PARTITION BY root ORDER BY day) AS n FROM days)
       SELECT substr(day, 1, 7) AS month, count(*) AS customers FROM ranked WHERE n = 2 GROUP BY month`,
    )
    .all(asOf) as { month: string; customers: number }[];
  return new Map(rows.map((r) => [r.month, r.customers]));
}

function withRates(counts: FunnelCounts): FunnelFigures {
  const rate = (of: number | null, per: number | null) => (of === null || per === null || per === 0 ? null : of / per);
  const rates = Object.fromEntries(FUNNEL_RATES.map((name) => [name, rate(counts[RATE_PARTS[name].of], counts[RATE_PARTS[name].per])])) as Record<FunnelRate, number | null>;
  return { ...counts, rates, sessionConversion: rate(counts.firstPurchases, counts.sessions) };
}

/** The rate furthest below its target, else the one fallen most since the previous period; null when none is below either. */
function weakestStage(period: FunnelFigures, previous: FunnelFigures, targets: Partial<Record<FunnelRate, number>>): WeakestStage | null {
  const pick = (reason: WeakestStage['reason'], reference: (rate: FunnelRate) => number | null | undefined): WeakestStage | null => {
    let best: WeakestStage | null = null;
    for (const rate of FUNNEL_RATES) {
      const value = period.rates[rate];
      const ref = reference(rate);
      if (value === null || ref === null || ref === undefined || ref <= 0 || value >= ref) continue;
      if (!best || value / ref < best.value / best.reference) best = { rate, reason, value, reference: ref, campaign: RATE_CAMPAIGNS[rate] };
    }
    return best;
  };
  return Object.keys(targets).length > 0 ? pick('belowTarget', (rate) => targets[rate]) : pick('fellFromPrevious', (rate) => previous.rates[rate]);
}

function checkMonth(month: string, asOfMonth: string | null): void {
  if (asOfMonth !== null && month > asOfMonth) {
    throw new AppError('invalid_input', `The funnel can be shown up to ${asOfMonth}, the month the figures are computed as of; ${month} is later.`, {
      messageKey: 'funnel:errors.afterAsOf',
      params: { month, asOf: asOfMonth },
    });
  }
}

/**
 * The lifecycle funnel per month from `from` to `to` (`YYYY-MM`; by default the twelve months up to the
 * as-of month, or fewer when the shop's first order is later), with the same figures over the whole period, the period before it and the same months a
 * year earlier, and the weakest stage. Definitions: docs/funnel.md.
 */
export function funnelReport(db: Db, input: { from?: string; to?: string }): FunnelReport {
  const asOf = readStoredState(db)?.asOf ?? null;
  const asOfMonth = asOf?.slice(0, 7) ?? null;
  const to = input.to ?? asOfMonth ?? new Date().toISOString().slice(0, 7);
  // By default a year, but not the months before the shop's first order.
  const firstOrderMonth = (db.prepare('SELECT substr(min(created_day), 1, 7) FROM orders').pluck().get() as string | null) ?? to;
  const yearBack = isoMonthOf(monthIndex(to) - (DEFAULT_MONTHS - 1));
  const from = input.from ?? (firstOrderMonth > yearBack && firstOrderMonth <= to ? firstOrderMonth : yearBack);
  checkMonth(to, asOfMonth);
  if (from > to) throw new AppError('invalid_input', `The funnel's first month (${from}) is after its last (${to}).`, { messageKey: 'funnel:errors.range', params: { from, to } });
  const [a, b] = [monthIndex(from), monthIndex(to)];
  const length = b - a + 1;
  const spans: Span[] = [
    { first: a, last: b, wonBack: 0, lapsed: 0 },
    { first: a - length, last: a - 1, wonBack: 0, lapsed: 0 },
    { first: a - 12, last: b - 12, wonBack: 0, lapsed: 0 },
  ];
  const first = Math.min(a - length, a - 12);
  const asOfDay = asOf === null ? -1 : dayNumber(asOf);
  const journeys = asOf === null ? null : journeyCounts(db, first, b, asOfDay, spans);
  const second = asOf === null ? new Map<string, number>() : secondPurchasesByMonth(db, asOf);
  const prospects = asOf === null ? new Map<string, number>() : newProspectsByMonth(db, asOf);
  const customers = asOf === null ? 0 : (db.prepare('SELECT count(*) FROM lifecycle_customers').pluck().get() as number);
  const traffic = new Map(asOf === null ? [] : trafficByMonth(db, asOf).map((m) => [m.month, m]));

  const months: (FunnelMonth & { index: number })[] = [];
  for (let k = first; k <= b; k += 1) {
    const month = isoMonthOf(k);
    const j = k - first;
    const lastDay = asOfDay >= 0 ? Math.min(monthEndDay(k), asOfDay) : monthEndDay(k);
    const days = Math.max(0, lastDay - firstDayOf(k) + 1);
    const t = traffic.get(month);
    const trafficDays = t ? (t.days ?? days) : 0;
    const counts: FunnelCounts = {
      sessions: t && trafficDays >= days ? t.sessions : null,
      newProspects: prospects.get(month) ?? 0,
      firstPurchases: journeys?.firstPurchases[j] ?? 0,
      secondPurchases: second.get(month) ?? 0,
      newLoyal: journeys?.newLoyal[j] ?? 0,
      wonBack: journeys?.wonBack[j] ?? 0,
      lapsed: journeys?.lapsed[j] ?? 0,
    };
    const figures = withRates(counts);
    const yearEarlier = months[j - 12]?.rates ?? (Object.fromEntries(FUNNEL_RATES.map((rate) => [rate, null])) as Record<FunnelRate, number | null>);
    months.push({ index: k, month, ...figures, trafficDays, days, yearEarlierRates: yearEarlier });
  }
  const over = (span: Span): FunnelPeriod => {
    const inside = months.filter((m) => m.index >= span.first && m.index <= span.last);
    const sum = (field: 'newProspects' | 'firstPurchases' | 'secondPurchases' | 'newLoyal') => inside.reduce((s, m) => s + m[field], 0);
    const sessions = inside.every((m) => m.sessions !== null) ? inside.reduce((s, m) => s + (m.sessions ?? 0), 0) : null;
    const counts: FunnelCounts = { sessions, newProspects: sum('newProspects'), firstPurchases: sum('firstPurchases'), secondPurchases: sum('secondPurchases'), newLoyal: sum('newLoyal'), wonBack: span.wonBack, lapsed: span.lapsed };
    return { from: isoMonthOf(span.first), to: isoMonthOf(span.last), ...withRates(counts) };
  };
  const [period, previous, yearEarlier] = spans.map(over);
  const targets = readTargets(db);
  const extent = trafficExtent(db);
  return {
    asOf,
    months: months.filter((m) => m.index >= a).map(({ index: _index, ...m }) => m),
    period,
    previous,
    yearEarlier,
    targets,
    weakest: weakestStage(period, previous, targets),
    undatedProspects: customers - [...prospects.values()].reduce((sum, n) => sum + n, 0),
    traffic: extent ? { firstDay: extent.first, lastDay: extent.last, periods: extent.periods, sessions: extent.sessions } : null,
  };
}
