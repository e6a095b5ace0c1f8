import type { Db } from '../db/connection.ts';
import { AppError } from '../../shared/api/envelope.ts';
import type { AudienceSpec } from '../../shared/domain/campaigns.ts';
import type { AudienceMember } from './audience-member.ts';
import { suggestionFilter, isSuggestionId } from './suggestion-audiences.ts';
import { PREDICTION_SQL } from './predictions.ts';
import { COUNTED_PURCHASE_SQL } from '../db/counted-purchase.ts';

export interface ResolvedAudience {
  kind: AudienceSpec['kind'];
  /** Stage id, RFM segment, suggestion id, or the selection's label. */
  key: string;
  /** Tag written into files that carry tags (Shopify, Mailchimp, generic CSV). */
  segmentTag: string;
  /** Root customer ids, ascending. */
  customerIds: number[];
}

const MAX_LABEL_TAG = 60;

function tagOf(...parts: string[]): string {
  const slug = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LABEL_TAG);
  return `regulars-${slug || 'selection'}`;
}

function ids(db: Db, sql: string, ...params: unknown[]): number[] {
  return db.prepare(sql).pluck().all(...params) as number[];
}

/** Who is in an audience (stage and segment already validated by the request schema): root customer ids from the lifecycle results, or the explicit selection. */
export function resolveAudience(db: Db, audience: AudienceSpec): ResolvedAudience {
  switch (audience.kind) {
    case 'stage': {
      return { kind: 'stage', key: audience.stage, segmentTag: tagOf(audience.stage), customerIds: ids(db, 'SELECT customer_id FROM lifecycle_customers WHERE stage = ? ORDER BY customer_id', audience.stage) };
    }
    case 'rfm': {
      return { kind: 'rfm', key: audience.segment, segmentTag: tagOf('rfm', audience.segment), customerIds: ids(db, 'SELECT customer_id FROM lifecycle_customers WHERE segment = ? ORDER BY customer_id', audience.segment) };
    }
    case 'suggestion': {
      if (!isSuggestionId(audience.suggestionId)) throw new AppError('not_found', `There is no campaign suggestion called "${audience.suggestionId}".`);
      const where = suggestionFilter(audience.suggestionId);
      return {
        kind: 'suggestion',
        key: audience.suggestionId,
        segmentTag: tagOf(audience.suggestionId),
        customerIds: ids(db, `SELECT customer_id FROM lifecycle_customers lc WHERE ${where} ORDER BY customer_id`),
      };
    }
    case 'customers': {
      const label = audience.label?.trim() || 'selection';
      const roots = ids(
        db,
        `SELECT DISTINCT coalesce(c.merged_into, c.id) AS root FROM customers c WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY root`,
        JSON.stringify(audience.customerIds),
      );
      return { kind: 'customers', key: label, segmentTag: tagOf(label), customerIds: roots };
    }
  }
}

interface OrderTotals {
  orders: number;
  net_cents: number;
  first_day: string;
  last_day: string;
}

interface MemberRow {
  id: number;
  email: string | null;
  phone: string | null;
  first_name: string | null;
  last_name: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  zip: string | null;
  accepts_email_marketing: number | null;
  accepts_sms_marketing: number | null;
  tags: string | null;
  stage: string | null;
  segment: string | null;
  r: number | null;
  f: number | null;
  m: number | null;
  clv_cents: number | null;
  p_alive: number | null;
}

/**
 * Contact fields and metrics of the given root customers: orders, net revenue and last product from the
 * counted orders (including those of merged duplicates), stage and RFM from the lifecycle results, and the
 * model's predictions when it has run.
 */
export function loadMembers(db: Db, customerIds: readonly number[]): AudienceMember[] {
  const ids = JSON.stringify(customerIds);
  const totals = new Map<number, OrderTotals>();
  const totalRows = db
    .prepare(
      `SELECT coalesce(c.merged_into, c.id) AS root, count(*) AS orders, sum(o.net_cents) AS net_cents,
              min(o.created_day) AS first_day, max(o.created_day) AS last_day
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE ${COUNTED_PURCHASE_SQL} AND coalesce(c.merged_into, c.id) IN (SELECT value FROM json_each(?))
        GROUP BY root`,
    )
    .all(ids) as (OrderTotals & { root: number })[];
  for (const row of totalRows) totals.set(row.root, row);
  const lastProducts = new Map(
    db
      .prepare(
        `SELECT root, product FROM (
           SELECT coalesce(c.merged_into, c.id) AS root, li.product_title AS product,
                  row_number() OVER (PARTITION BY coalesce(c.merged_into, c.id) ORDER BY o.created_day DESC, o.id DESC, li.position) AS k
             FROM orders o JOIN customers c ON c.id = o.customer_id JOIN line_items li ON li.order_id = o.id
            WHERE ${COUNTED_PURCHASE_SQL} AND li.product_title IS NOT NULL AND li.product_title <> ''
              AND coalesce(c.merged_into, c.id) IN (SELECT value FROM json_each(?)))
          WHERE k = 1`,
      )
      .raw()
      .all(ids) as [number, string][],
  );
  const rows = db
    .prepare(
      `SELECT c.id, c.email, c.phone, c.first_name, c.last_name, c.city, c.province, c.country, c.zip,
              c.accepts_email_marketing, c.accepts_sms_marketing, c.tags,
              lc.stage, lc.segment, lc.r, lc.f, lc.m, ${PREDICTION_SQL.select}
         FROM customers c
         LEFT JOIN lifecycle_customers lc ON lc.customer_id = c.id
         ${PREDICTION_SQL.join}
        WHERE c.id IN (SELECT value FROM json_each(?))
        ORDER BY c.id`,
    )
    .all(ids) as MemberRow[];
  return rows.map((r) => ({
    customerId: r.id,
    email: r.email,
    phone: r.phone,
    firstName: r.first_name,
    lastName: r.last_name,
    city: r.city,
    province: r.province,
    country: r.country,
    zip: r.zip,
    acceptsEmailMarketing: r.accepts_email_marketing,
    acceptsSmsMarketing: r.accepts_sms_marketing,
    tags: r.tags,
    orders: totals.get(r.id)?.orders ?? 0,
    netRevenueCents: totals.get(r.id)?.net_cents ?? 0,
    firstOrderDay: totals.get(r.id)?.first_day ?? null,
    lastOrderDay: totals.get(r.id)?.last_day ?? null,
    lastProduct: lastProducts.get(r.id) ?? null,
    stage: r.stage,
    rfmSegment: r.segment,
    recencyScore: r.r || null,
    frequencyScore: r.f || null,
    monetaryScore: r.m || null,
    predictedClvCents: r.clv_cents,
    pAlive: r.p_alive,
  }));
}
