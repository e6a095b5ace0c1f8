import type { Db } from '../db/connection.ts';
import type { ControlGroupReport } from '../../shared/domain/campaigns.ts';
import { dayNumber, isoDayOf } from '../engine/days.ts';
import { COUNTED_PURCHASE_SQL } from '../db/counted-purchase.ts';
import { inHoldout } from './holdout.ts';
import { newcombeDifference, welchDifference, wilsonInterval } from './lift-statistics.ts';
import { liftVerdict } from './lift-verdict.ts';

const KEY = 'campaigns.controlGroup';
/** The control group's draw: the same hash as a holdout's, seeded by the shop instead of an audience. */
const SEED = 'shop:control-group';

export interface ControlGroupSetting {
  /** Share of customers never exported by any campaign, 0 for none. */
  percent: number;
  /** The day the share was set: the measurement counts purchases after it. */
  since: string | null;
}

export function readControlGroup(db: Db): ControlGroupSetting {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  return raw === undefined ? { percent: 0, since: null } : (JSON.parse(raw) as ControlGroupSetting);
}

/** Sets the share; a new share starts a new measurement on `today`. */
export function writeControlGroup(db: Db, percent: number, today: string): ControlGroupSetting {
  const current = readControlGroup(db);
  const next: ControlGroupSetting = percent === current.percent ? current : { percent, since: percent > 0 ? today : null };
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  return next;
}

/** Whether a (root) customer is in the shop-wide control group of this share. */
export function inControlGroup(customerId: number, percent: number): boolean {
  return inHoldout(SEED, customerId, percent);
}

interface Person {
  id: number;
  bought: number;
  net_cents: number;
}

/**
 * What all the shop's marketing adds (docs/formats.md, "The shop-wide control group"): the buyers known on
 * the day the share was set, split into the control group and everyone else, and their purchase rate and net
 * revenue per person in the counted purchases after that day, up to the latest order day imported, with the
 * differences' 95% intervals. Too early until an import brings orders after that day.
 */
export function controlGroupReport(db: Db): ControlGroupReport {
  const { percent, since } = readControlGroup(db);
  if (percent <= 0 || since === null) return { percent: 0, since: null, measurement: null };
  const dataUntil = (db.prepare('SELECT max(created_day) FROM orders').pluck().get() as string | null) ?? since;
  const people = db
    .prepare(
      `WITH after AS (
         SELECT coalesce(c.merged_into, c.id) AS root, sum(o.net_cents) AS net_cents
           FROM orders o JOIN customers c ON c.id = o.customer_id
          WHERE ${COUNTED_PURCHASE_SQL} AND o.created_day > ?
          GROUP BY root)
       SELECT m.customer_id AS id, (a.root IS NOT NULL) AS bought, coalesce(a.net_cents, 0) AS net_cents
         FROM lifecycle_customers m LEFT JOIN after a ON a.root = m.customer_id
        WHERE m.first_day_number <= ?`,
    )
    .all(since, dayNumber(since)) as Person[];
  const groups = [true, false].map((control) => people.filter((p) => inControlGroup(p.id, percent) === control));
  const outcome = (group: Person[]) => {
    const buyers = group.filter((p) => p.bought).length;
    return {
      people: group.length,
      buyers,
      purchaseRate: group.length ? buyers / group.length : 0,
      purchaseRateInterval: wilsonInterval(buyers, group.length),
      revenuePerPerson: group.length ? group.reduce((sum, p) => sum + p.net_cents, 0) / group.length / 100 : 0,
    };
  };
  const [control, marketed] = groups.map(outcome);
  const measurable = control.people > 0 && marketed.people > 0;
  const rate = measurable ? newcombeDifference(marketed.buyers, marketed.people, control.buyers, control.people) : null;
  const revenue = measurable ? welchDifference(groups[1].map((p) => p.net_cents / 100), groups[0].map((p) => p.net_cents / 100)) : null;
  const days = Math.max(0, dayNumber(dataUntil) - dayNumber(since));
  const complete = days > 0;
  return {
    percent,
    since,
    measurement: {
      dataUntil,
      days,
      control,
      marketed,
      rateDifference: rate?.difference ?? null,
      rateDifferenceInterval: rate?.interval ?? null,
      revenueDifference: measurable ? marketed.revenuePerPerson - control.revenuePerPerson : null,
      revenueDifferenceInterval: revenue?.interval ?? null,
      verdict: liftVerdict({
        days: complete ? days : 1,
        endDay: complete ? dataUntil : isoDayOf(dayNumber(since) + 1),
        complete,
        holdoutPeople: control.people,
        rateDifference: rate?.difference ?? null,
        rateDifferenceInterval: rate?.interval ?? null,
      }),
    },
  };
}
