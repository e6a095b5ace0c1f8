import type { Db } from '../db/connection.ts';
import { dayNumber, isoDayOf } from '../engine/days.ts';
import { COUNTED_PURCHASE_SQL } from '../db/counted-purchase.ts';
import { liftWindows, type GroupOutcome, type LiftWindowResult } from '../../shared/domain/campaigns.ts';
import { newcombeDifference, welchDifference, wilsonInterval } from './lift-statistics.ts';
import { liftVerdict } from './lift-verdict.ts';

interface MemberOutcome {
  in_holdout: number;
  [column: string]: number;
}

const LONGEST = Math.max(...liftWindows);

/**
 * Per member, purchases and net revenue in each window: counted orders dated after the campaign date,
 * up to and including campaign date + N days. A member's orders include those of customers merged into
 * them (or into whoever they were merged into later).
 */
function memberOutcomes(db: Db, campaignId: string, campaignDate: string): MemberOutcome[] {
  const ends = liftWindows.map((days) => isoDayOf(dayNumber(campaignDate) + days));
  const columns = liftWindows
    .map((days, i) => `count(p.day) FILTER (WHERE p.day <= '${ends[i]}') AS buys${days}, coalesce(sum(p.net) FILTER (WHERE p.day <= '${ends[i]}'), 0) AS net${days}`)
    .join(',\n            ');
  return db
    .prepare(
      `WITH m AS (
         SELECT cm.customer_id, cm.in_holdout, coalesce(c.merged_into, c.id) AS root
           FROM campaign_members cm JOIN customers c ON c.id = cm.customer_id
          WHERE cm.campaign_id = @campaignId),
       p AS (
         SELECT coalesce(c.merged_into, c.id) AS root, o.created_day AS day, o.net_cents AS net
           FROM orders o JOIN customers c ON c.id = o.customer_id
          WHERE ${COUNTED_PURCHASE_SQL} AND o.created_day > @from AND o.created_day <= @until)
       SELECT m.customer_id, m.in_holdout,
            ${columns}
         FROM m LEFT JOIN p ON p.root = m.root
        GROUP BY m.customer_id, m.in_holdout`,
    )
    .all({ campaignId, from: campaignDate, until: isoDayOf(dayNumber(campaignDate) + LONGEST) }) as MemberOutcome[];
}

function outcome(buyers: number, revenueCents: readonly number[]): GroupOutcome {
  const people = revenueCents.length;
  return {
    people,
    buyers,
    purchaseRate: people ? buyers / people : 0,
    purchaseRateInterval: wilsonInterval(buyers, people),
    revenuePerPerson: people ? revenueCents.reduce((sum, v) => sum + v, 0) / people / 100 : 0,
  };
}

/**
 * Purchase rate and net revenue per person of the exported group and the holdout over 7, 30 and 60 days
 * after the campaign date, the differences with their 95% intervals, and a verdict in plain words.
 * `dataUntil` is the latest order day imported: windows that end after it are "too early".
 */
export function campaignLift(db: Db, campaignId: string, campaignDate: string, dataUntil: string | null): LiftWindowResult[] {
  const members = memberOutcomes(db, campaignId, campaignDate);
  return liftWindows.map((days) => {
    const endDay = isoDayOf(dayNumber(campaignDate) + days);
    const complete = dataUntil !== null && dataUntil >= endDay;
    const groups = [0, 1].map((holdout) => {
      const group = members.filter((m) => m.in_holdout === holdout);
      return { buyers: group.filter((m) => m[`buys${days}`] > 0).length, revenue: group.map((m) => m[`net${days}`]) };
    });
    const [exported, holdout] = groups.map((g) => outcome(g.buyers, g.revenue));
    const measurable = exported.people > 0 && holdout.people > 0;
    const rate = measurable ? newcombeDifference(exported.buyers, exported.people, holdout.buyers, holdout.people) : null;
    const revenue = measurable ? welchDifference(groups[0].revenue.map((c) => c / 100), groups[1].revenue.map((c) => c / 100)) : null;
    return {
      days,
      endDay,
      complete,
      exported,
      holdout,
      rateDifference: rate?.difference ?? null,
      rateDifferenceInterval: rate?.interval ?? null,
      revenueDifference: measurable ? exported.revenuePerPerson - holdout.revenuePerPerson : null,
      revenueDifferenceInterval: revenue?.interval ?? null,
      verdict: liftVerdict({ days, endDay, complete, holdoutPeople: holdout.people, rateDifference: rate?.difference ?? null, rateDifferenceInterval: rate?.interval ?? null }),
    };
  });
}

/** The latest order day in the database, or null without orders. */
export function latestOrderDay(db: Db): string | null {
  return (db.prepare('SELECT max(created_day) FROM orders').pluck().get() as string | null) ?? null;
}
