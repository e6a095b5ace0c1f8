import type { Db } from '../../db/connection.ts';
import { dayNumber } from '../days.ts';
import { readStoredState } from './state.ts';
import { pageIds } from './page-ids.ts';
import { rfmScoreClauses } from './rfm-score-filter.ts';
import { compileSegment, parseSegmentRule, segmentAsOfDay, SEGMENT_FROM } from './segment-sql.ts';
import type { CustomerQuery } from '../../../shared/api/lifecycle.ts';
import type { CustomerPage, CustomerRow, CustomerSortField, RfmSegment, Stage } from '../../../shared/domain/lifecycle.ts';

/** ORDER BY expressions per sort field (days by their stored day numbers: same order); customer_id, the rowid, breaks ties. */
const SORT_SQL: Record<CustomerSortField, { expr: string; reverse?: boolean }> = {
  netValue: { expr: 'm.net_cents' },
  purchases: { expr: 'm.purchases' },
  orders: { expr: 'm.orders' },
  lastPurchase: { expr: 'm.last_day_number' },
  firstPurchase: { expr: 'm.first_day_number' },
  daysSinceLast: { expr: 'm.last_day_number', reverse: true },
  averageOrderValue: { expr: 'm.aov_cents' },
  stage: { expr: 'm.stage_rank' },
  stageSince: { expr: 'm.stage_since_number' },
  segment: { expr: 'm.segment' },
  recency: { expr: 'm.r' },
  frequency: { expr: 'm.f' },
  monetary: { expr: 'm.m' },
  name: { expr: 'c.first_name COLLATE NOCASE' },
  email: { expr: 'c.email' },
};

export const CUSTOMER_COLUMNS = `
  m.customer_id AS id, c.first_name, c.last_name, c.email, c.phone, c.country, c.accepts_email_marketing, c.accepts_sms_marketing,
  m.stage, m.stage_since, m.segment, m.r, m.f, m.m, m.vip, m.purchases, m.orders, m.net_cents, m.aov_cents,
  m.first_day, m.last_day, m.first_product, m.cohort_month`;

export interface CustomerDbRow {
  id: number;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  country: string | null;
  accepts_email_marketing: number | null;
  accepts_sms_marketing: number | null;
  stage: Stage;
  stage_since: string;
  segment: RfmSegment | null;
  r: number | null;
  f: number | null;
  m: number | null;
  vip: number;
  purchases: number;
  orders: number;
  net_cents: number;
  aov_cents: number | null;
  first_day: string | null;
  last_day: string | null;
  first_product: string | null;
  cohort_month: string | null;
}

const flag = (v: number | null): boolean | null => (v === null ? null : v === 1);

export function toCustomerRow(row: CustomerDbRow, asOf: string | null): CustomerRow {
  const name = [row.first_name, row.last_name].filter((s) => s && s.trim() !== '').join(' ');
  return {
    id: row.id,
    name: name === '' ? null : name,
    email: row.email,
    phone: row.phone,
    country: row.country,
    acceptsEmail: flag(row.accepts_email_marketing),
    acceptsSms: flag(row.accepts_sms_marketing),
    stage: row.stage,
    stageSince: row.stage_since,
    segment: row.segment,
    rfm: row.r === null || row.f === null || row.m === null ? null : { r: row.r, f: row.f, m: row.m },
    vip: row.vip === 1,
    purchases: row.purchases,
    orders: row.orders,
    netValue: row.net_cents / 100,
    averageOrderValue: row.aov_cents === null ? null : row.aov_cents / 100,
    firstPurchase: row.first_day,
    lastPurchase: row.last_day,
    daysSinceLast: row.last_day === null || asOf === null ? null : dayNumber(asOf) - dayNumber(row.last_day),
    firstProduct: row.first_product,
    cohortMonth: row.cohort_month,
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const placeholders = (n: number) => new Array<string>(n).fill('?').join(', ');

/** The WHERE clause and its parameters for a customer query's filters. */
export function customerFilter(db: Db, query: Omit<CustomerQuery, 'offset' | 'limit' | 'sort' | 'direction'>): { where: string; params: unknown[]; readsCustomers: boolean } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly unknown[] | undefined) => {
    if (!values) return;
    clauses.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  inList('m.stage', query.stage);
  inList('m.segment', query.segment);
  inList('c.country', query.country);
  inList('m.first_product', query.firstProduct);
  inList('m.cohort_month', query.cohortMonth);
  const scores = rfmScoreClauses(query);
  clauses.push(...scores.clauses);
  params.push(...scores.params);
  if (query.vip !== undefined) clauses.push(query.vip ? 'm.vip = 1' : 'm.vip = 0');
  if (query.acceptsEmail !== undefined) clauses.push(query.acceptsEmail ? 'c.accepts_email_marketing = 1' : 'coalesce(c.accepts_email_marketing, 0) = 0');
  if (query.acceptsSms !== undefined) clauses.push(query.acceptsSms ? 'c.accepts_sms_marketing = 1' : 'coalesce(c.accepts_sms_marketing, 0) = 0');
  if (query.source) {
    // The customer, or someone merged into them, has an order from one of the stores.
    clauses.push(
      `m.customer_id IN (SELECT coalesce(sc.merged_into, sc.id) FROM orders so JOIN customers sc ON sc.id = so.customer_id WHERE so.platform IN (${placeholders(query.source.length)}))`,
    );
    params.push(...query.source);
  }
  if (query.search) {
    const text = query.search.trim();
    const like = `%${escapeLike(text)}%`;
    // A search with a space may span first and last name; only then is the full name built per row.
    const fields = text.includes(' ') ? ['c.email', 'c.phone', "(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''))"] : ['c.email', 'c.phone', 'c.first_name', 'c.last_name'];
    clauses.push(`(${fields.map((f) => `${f} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    params.push(...fields.map(() => like));
  }
  if (query.rule) {
    // The rule's own query (its tables under their own names) gives the ids; the list keeps its joins.
    const rule = compileSegment(parseSegmentRule(query.rule), segmentAsOfDay(db));
    clauses.push(`m.customer_id IN (SELECT m.customer_id ${SEGMENT_FROM} WHERE ${rule.where})`);
    params.push(...rule.params);
  }
  const readsCustomers = query.country !== undefined || query.acceptsEmail !== undefined || query.acceptsSms !== undefined || query.search !== undefined;
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params, readsCustomers };
}

/** Sorts by a column of `customers` (their indexes hold the customer id, which breaks ties). */
const SORTS_BY_CUSTOMER = new Set<CustomerSortField>(['name', 'email']);

/**
 * One page of customers with their metrics: filtering, sorting and paging all happen in SQL. The
 * page is chosen first by id only (reading a table only when the sort or a filter needs it), then
 * its rows are read: deep pages then skip over ids instead of whole rows, or slice an order
 * sorted once (page-ids.ts).
 */
export function listCustomers(db: Db, query: CustomerQuery): CustomerPage {
  const { where, params, readsCustomers } = customerFilter(db, query);
  const sort = SORT_SQL[query.sort];
  const descending = (query.direction === 'desc') !== (sort.reverse ?? false);
  const dir = descending ? 'DESC' : 'ASC';
  const byCustomer = SORTS_BY_CUSTOMER.has(query.sort);
  const tieBreak = query.sort === 'name' ? `, c.last_name COLLATE NOCASE ${dir}` : '';
  // c.id = m.customer_id; naming the leading table's id lets its index give the whole order.
  const order = `${sort.expr} ${dir}${tieBreak}, ${byCustomer ? 'c.id' : 'm.customer_id'} ${dir}`;
  // Led by customers: SQLite would otherwise walk lifecycle_customers through an unrelated index.
  const joined = 'FROM customers c CROSS JOIN lifecycle_customers m ON m.customer_id = c.id';
  // Counting needs the customers table only when a filter reads it.
  const countFrom = readsCustomers ? joined : 'FROM lifecycle_customers m';
  const total = db.prepare(`SELECT count(*) ${countFrom} ${where}`).pluck().get(...params) as number;
  const pageFrom = readsCustomers || byCustomer ? joined : 'FROM lifecycle_customers m';
  const ids = pageIds(db, `SELECT m.customer_id ${pageFrom} ${where} ORDER BY ${order}`, params, query.offset, query.limit);
  const rows = db
    .prepare(
      `SELECT ${CUSTOMER_COLUMNS}
         FROM json_each(?) page
         CROSS JOIN lifecycle_customers m ON m.customer_id = page.value CROSS JOIN customers c ON c.id = m.customer_id
        ORDER BY page.key`,
    )
    .all(JSON.stringify(ids)) as CustomerDbRow[];
  const asOf = readStoredState(db)?.asOf ?? null;
  return { total, offset: query.offset, rows: rows.map((r) => toCustomerRow(r, asOf)), asOf };
}
