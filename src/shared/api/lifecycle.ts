import { z } from 'zod';
import { request } from './define.ts';
import { isoDay } from './schemas.ts';
import {
  COHORT_DIMENSIONS,
  CUSTOMER_SORT_FIELDS,
  RFM_SEGMENTS,
  STAGES,
  type ChangesSinceImport,
  type Cohorts,
  type CustomerPage,
  type CustomerProfile,
  type FirstProductRow,
  type JourneyStats,
  type LifecycleOverview,
  type LifecycleSettings,
  type PurchaseTiming,
  type RfmGrid,
  type StageCountPoint,
  type StageTransitions,
  type Thresholds,
} from '../domain/lifecycle.ts';

const stage = z.enum(STAGES);
const segment = z.enum(RFM_SEGMENTS);
const shortText = z.string().min(1).max(200);
const thresholdDays = z.number().int().min(1).max(3650);

/** Filters and order of the customer list; everything is applied in SQL. */
export const customerQuery = z
  .object({
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(1000).default(50),
    sort: z.enum(CUSTOMER_SORT_FIELDS).default('netValue'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    stage: z.array(stage).min(1).max(STAGES.length).optional(),
    segment: z.array(segment).min(1).max(RFM_SEGMENTS.length).optional(),
    vip: z.boolean().optional(),
    acceptsEmail: z.boolean().optional(),
    acceptsSms: z.boolean().optional(),
    country: z.array(z.string().min(1).max(100)).min(1).max(50).optional(),
    firstProduct: z.array(shortText).min(1).max(50).optional(),
    cohortMonth: z.array(z.string().regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM')).min(1).max(120).optional(),
    /** RFM recency and frequency scores (1-5); both together pick one cell of the RFM grid. */
    recency: z.number().int().min(1).max(5).optional(),
    frequency: z.number().int().min(1).max(5).optional(),
    /** Customers who have an order from one of these stores (order platforms: `shopify`, `etsy`, ...). */
    source: z.array(z.string().min(1).max(40)).min(1).max(20).optional(),
    /** Part of a name, e-mail address or phone number. */
    search: z.string().min(1).max(100).optional(),
    /** A rule of the segment language (docs/segments.md): only the customers it selects. */
    rule: z.string().min(1).max(2000).optional(),
  })
  .strict();
export type CustomerQuery = z.output<typeof customerQuery>;

/** The dashboard's headline figures (money in currency units). */
export interface DashboardKpis {
  customers: number;
  /** Share of customers with two or more purchases; null without customers. */
  repeatRate: number | null;
  netSales: number;
  averageClv: number;
  /** Customers in new, repeat, loyal or reactivated. */
  active: number;
  lapsed: number;
}

/** The dashboard's figures now and after the previous import (null before a second import). */
export interface KpisSinceImport {
  previousImportId: number | null;
  /** The latest order day the previous import had brought: the day the previous figures are as of. */
  previousDay: string | null;
  current: DashboardKpis;
  previous: DashboardKpis | null;
}

export const lifecycleRequests = {
  /** Stage counts and value, thresholds with their derivation and the VIP cut-off; as of the stored day or any other. */
  'lifecycle.overview': request<LifecycleOverview>()(z.object({ asOf: isoDay.optional() }).strict()),
  /** Stage counts at the end of every week or month up to the as-of day. */
  'lifecycle.stageHistory': request<StageCountPoint[]>()(z.object({ granularity: z.enum(['week', 'month']) }).strict()),
  /** How many customers went from each stage on `from` to each stage on `to` (Sankey data). */
  'lifecycle.transitions': request<StageTransitions>()(
    z.object({ from: isoDay, to: isoDay }).strict().refine((v) => v.from <= v.to, { message: '`from` must not be after `to`', path: ['to'] }),
  ),
  /** Conversion new -> repeat -> loyal by first-purchase month and median days spent in each stage. */
  'lifecycle.journeyStats': request<JourneyStats>()(z.object({}).strict()),
  /** The dashboard's figures now and as they were after the previous import, for "+/- since the last import". */
  'lifecycle.kpisSinceImport': request<KpisSinceImport>()(z.object({}).strict()),
  'lifecycle.customers': request<CustomerPage>()(customerQuery),
  'lifecycle.customer': request<CustomerProfile>()(
    z.object({ id: z.number().int().min(1), ordersOffset: z.number().int().min(0).max(1_000_000).optional(), ordersLimit: z.number().int().min(1).max(500).optional() }).strict(),
  ),
  'lifecycle.cohorts': request<Cohorts>()(z.object({ dimension: z.enum(COHORT_DIMENSIONS) }).strict()),
  /** Days from 1st to 2nd purchase, between later purchases, and per-product repurchase intervals. */
  'lifecycle.timing': request<PurchaseTiming>()(z.object({ products: z.number().int().min(0).max(200).optional() }).strict()),
  'lifecycle.firstProducts': request<FirstProductRow[]>()(z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict()),
  'lifecycle.rfm': request<RfmGrid>()(z.object({}).strict()),
  'lifecycle.thresholds': request<Thresholds>()(z.object({}).strict()),
  /** Overrides thresholds (a number) or resets them (null), then recomputes. */
  'lifecycle.setThresholds': request<Thresholds>()(
    z
      .object({ window: thresholdDays.nullable().optional(), atRisk: thresholdDays.nullable().optional(), lapse: thresholdDays.nullable().optional(), loyal: z.number().int().min(2).max(1000).nullable().optional() })
      .strict(),
  ),
  'lifecycle.resetThresholds': request<Thresholds>()(z.object({}).strict()),
  'lifecycle.settings': request<LifecycleSettings>()(z.object({}).strict()),
  /** At-risk rule and the as-of day of the current view (null: the latest imported order day); recomputes. */
  'lifecycle.setSettings': request<LifecycleSettings>()(
    z.object({ atRiskMode: z.enum(['rules', 'model']).optional(), asOf: isoDay.nullable().optional() }).strict(),
  ),
  /** Who moved where between the previous import and the latest one. */
  'lifecycle.changes': request<ChangesSinceImport>()(
    z.object({ offset: z.number().int().min(0).max(10_000_000).optional(), limit: z.number().int().min(1).max(1000).optional(), to: stage.optional() }).strict(),
  ),
  'lifecycle.recompute': request<{ asOf: string; customers: number }>()(z.object({}).strict()),
};
