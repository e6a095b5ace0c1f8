/**
 * The customer lifecycle as the engine computes it (docs/lifecycle.md). Days are `YYYY-MM-DD` calendar days
 * of the shop; money is in the shop's currency units. Every figure is "as of" a day: only orders
 * made up to the end of that day count.
 */

/** The seven stages, in the order the UI shows them. Each customer is in exactly one on every day. */
export const STAGES = ['prospect', 'new', 'repeat', 'loyal', 'at_risk', 'lapsed', 'reactivated'] as const;
export type Stage = (typeof STAGES)[number];

/** Named segments of the RFM R x F grid (see docs/lifecycle.md). */
export const RFM_SEGMENTS = [
  'champions',
  'loyal_customers',
  'potential_loyalist',
  'new_customers',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose',
  'hibernating',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/**
 * What moved a customer into a stage: the first sight of them, a purchase, a threshold passing
 * (second-purchase window, at-risk, lapse, end of the reactivation window), or, between two imports,
 * a refund that undid a purchase.
 */
export const STAGE_CAUSES = ['first_seen', 'purchase', 'window_passed', 'at_risk_passed', 'lapse_passed', 'reactivation_ended', 'refund'] as const;
export type StageCause = (typeof STAGE_CAUSES)[number];

export const THRESHOLD_NAMES = ['window', 'atRisk', 'lapse', 'loyal'] as const;
export type ThresholdName = (typeof THRESHOLD_NAMES)[number];

/** `data`: derived from the shop's own history; `user`: set in Settings; `default`: typical-shop default (too little history). */
export type ThresholdSource = 'data' | 'user' | 'default';

export interface ThresholdValue {
  /** Days, except `loyal` which is a number of purchases. */
  value: number;
  source: ThresholdSource;
  /** The data-driven (or default) value the user can reset to. */
  derived: number;
  /**
   * True when the value was moved off its own rule (or off the value the user set) to keep
   * window < at-risk < lapse, because of another threshold the user set.
   */
  adjusted: boolean;
}

/**
 * What set the derived lapse threshold: twice the median gap between purchases (`gaps`), the day by
 * which 90% of second purchases within a year happen (`returns`), the shortest lapse that keeps the
 * at-risk threshold after the second-purchase window (`window`), or the typical-shop default.
 */
export type LapseBasis = 'gaps' | 'returns' | 'window' | 'default';

/** How the thresholds were obtained, for the sentences shown beside them (docs/lifecycle.md). */
export interface ThresholdDerivation {
  /** Customers with two or more purchases up to `dataUpTo`. */
  repeatCustomers: number;
  /** Repeat customers needed before the data is trusted. */
  minRepeatCustomers: number;
  /** True when there were too few repeat customers and the typical-shop defaults are used. */
  fallback: boolean;
  /** Kaplan–Meier estimate of the share of first-time buyers who come back within `horizonDays` (null before any return). */
  returnedWithinHorizon: number | null;
  /** Second purchases are studied up to this many days after the first (365). */
  horizonDays: number;
  /** Day by which half of the customers who come back within the horizon have done so (Kaplan–Meier; null without returns). */
  medianReturnDays: number | null;
  /** Day by which 75% of the customers who come back within the horizon have done so (Kaplan–Meier; null without returns). */
  windowPercentileDays: number | null;
  /** Day by which 90% of them have done so (Kaplan–Meier; null without returns). */
  lateReturnDays: number | null;
  /** Median days between consecutive purchases of repeat customers. */
  medianGapDays: number | null;
  /** 90th percentile of the number of purchases among repeat customers. */
  loyalPercentilePurchases: number | null;
  /** True when 2 x median gap exceeded 365 days and was capped. */
  lapseCapped: boolean;
  lapseBasis: LapseBasis;
  /** Days a customer stays reactivated after the purchase that brought them back: the window, at most 90. */
  reactivationDays: number;
  /** The thresholds come from orders up to this day: the end of the last complete month up to the as-of day. */
  dataUpTo: string;
}

export interface Thresholds {
  window: ThresholdValue;
  atRisk: ThresholdValue;
  lapse: ThresholdValue;
  loyal: ThresholdValue;
  derivation: ThresholdDerivation;
}

export type ThresholdOverrides = Partial<Record<ThresholdName, number>>;

export type AtRiskMode = 'rules' | 'model';

export interface LifecycleSettings {
  overrides: ThresholdOverrides;
  atRiskMode: AtRiskMode;
  /** The day the current view is computed as of; null: the shop's latest imported order day. */
  asOf: string | null;
}

export interface StageFigure {
  stage: Stage;
  customers: number;
  /** Net value to date of the customers now in the stage. */
  netValue: number;
}

export interface LifecycleOverview {
  asOf: string | null;
  /** True when asOf is the default (the latest imported order day). */
  asOfIsLatestOrderDay: boolean;
  latestOrderDay: string | null;
  computedAt: string | null;
  customers: number;
  buyers: number;
  /** Buyers with purchases on two or more days (same-day orders are one purchase): the repeat purchase rate's numerator. */
  repeatBuyers: number;
  stages: StageFigure[];
  thresholds: Thresholds;
  atRiskMode: AtRiskMode;
  /** True when `model` was chosen but no model result exists yet: the rules are used instead. */
  atRiskModeFallback: boolean;
  /** Net spend at or above which a customer is VIP (top 5%), null without buyers. */
  vipCutoff: number | null;
  vipCustomers: number;
  /** Simple historical CLV: average order value x purchases per year x expected years. */
  simpleClv: SimpleClv;
}

export interface SimpleClv {
  averageOrderValue: number;
  purchasesPerYear: number;
  expectedYears: number;
  /** Share of last year's buyers who bought again this year (drives expected years; null: no earlier year, 1 year assumed). */
  yearlyRetention: number | null;
  /** Days from the shop's first order to the as-of day, counting both: below 365, purchases per year are purchases so far. */
  historyDays: number;
  value: number;
}

export interface StageCountPoint {
  /** The last day of the week (Sunday) or month, or the as-of day for the last, partial period. */
  day: string;
  counts: Record<Stage, number>;
}

export interface StageTransitions {
  from: string;
  to: string;
  /** matrix[i][j]: customers in STAGES[i] on `from` and STAGES[j] on `to`. Rows sum to the population on `from`. */
  matrix: number[][];
  /** Customers first known after `from`, by their stage on `to`. */
  entered: Record<Stage, number>;
  populationFrom: number;
  populationTo: number;
}

export const CUSTOMER_SORT_FIELDS = ['netValue', 'purchases', 'orders', 'lastPurchase', 'firstPurchase', 'daysSinceLast', 'averageOrderValue', 'stage', 'stageSince', 'segment', 'recency', 'frequency', 'monetary', 'name', 'email'] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];

export interface CustomerRow {
  id: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  country: string | null;
  acceptsEmail: boolean | null;
  acceptsSms: boolean | null;
  stage: Stage;
  stageSince: string;
  segment: RfmSegment | null;
  rfm: { r: number; f: number; m: number } | null;
  vip: boolean;
  /** Purchase occasions (days with at least one counted order). */
  purchases: number;
  orders: number;
  netValue: number;
  averageOrderValue: number | null;
  firstPurchase: string | null;
  lastPurchase: string | null;
  daysSinceLast: number | null;
  firstProduct: string | null;
  cohortMonth: string | null;
}

export interface CustomerPage {
  total: number;
  offset: number;
  rows: CustomerRow[];
  asOf: string | null;
}

export interface JourneyStep {
  stage: Stage;
  from: string;
  /** Last day in the stage; null while the customer is still in it on the as-of day. */
  to: string | null;
  cause: StageCause;
}

export interface ProfileOrder {
  id: number;
  name: string | null;
  day: string;
  total: number;
  refunded: number;
  net: number;
  counted: boolean;
  discountCode: string | null;
  channel: string | null;
  lines: { product: string | null; variant: string | null; sku: string | null; quantity: number; price: number }[];
}

export interface CustomerProfile {
  customer: CustomerRow & { company: string | null; city: string | null; tags: string | null; note: string | null };
  /** Frequency, recency and age: x repeat occasions, t_x and T in days, repeat mean value (the model's inputs); null for a prospect. */
  frequencyRecency: { x: number; tx: number; T: number; repeatMean: number } | null;
  thresholds: { atRiskDays: number; lapseDays: number; personalMedianGapDays: number | null };
  simpleClv: number | null;
  journey: JourneyStep[];
  orders: ProfileOrder[];
  ordersTotal: number;
}

export const COHORT_DIMENSIONS = ['month', 'product', 'discount', 'channel'] as const;
export type CohortDimension = (typeof COHORT_DIMENSIONS)[number];

export interface CohortRow {
  /** `YYYY-MM` for month cohorts; product, code or channel otherwise (null: none). */
  key: string | null;
  customers: number;
  /** retention[k]: share of the cohort with a purchase k months after their first month (k = 0 is 1). */
  retention: number[];
  /** Cumulative net revenue per customer up to and including month k (the LTV curve). */
  cumulativeNetPerCustomer: number[];
}

export interface Cohorts {
  dimension: CohortDimension;
  asOf: string | null;
  rows: CohortRow[];
}

export interface Distribution {
  count: number;
  median: number | null;
  p10: number | null;
  p25: number | null;
  p75: number | null;
  p90: number | null;
  mean: number | null;
  /** Histogram: counts per bucket of `bucketDays` days starting at 0. */
  bucketDays: number;
  histogram: number[];
}

export interface PurchaseTiming {
  asOf: string | null;
  firstToSecond: Distribution;
  laterGaps: Distribution;
  products: { product: string; repurchases: number; customers: number; interval: Distribution }[];
}

export interface FirstProductRow {
  product: string;
  customers: number;
  cameBack: number;
  returnRate: number;
  /** Mean net value of these customers' later purchases (after the first day). */
  averageNetSince: number;
  averageNetValue: number;
}

export interface RfmCell {
  r: number;
  f: number;
  segment: RfmSegment;
  customers: number;
  netValue: number;
}

/** How the RFM scores were made for this shop, for the sentence that states the method (docs/lifecycle.md). */
export interface RfmMethod {
  /**
   * Why no segment is named, or null when they are: no buyers yet; orders spanning less than one
   * second-purchase window (`young`); or nobody has bought twice (`noRepeat`).
   */
  withheld: 'noBuyers' | 'young' | 'noRepeat' | null;
  /** Days from the shop's first order to the as-of day. */
  historyDays: number;
  /** The second-purchase window in force. */
  windowDays: number;
  /** The fewest purchases of each frequency score 1..5 (null: nobody has that score). */
  frequencyFrom: (number | null)[];
  /** The lowest net spend of each spend score 1..5, in currency units (null: nobody has that score). */
  monetaryFrom: (number | null)[];
}

export interface RfmGrid {
  asOf: string | null;
  method: RfmMethod | null;
  cells: RfmCell[];
  segments: { segment: RfmSegment; customers: number; netValue: number }[];
}

export interface StageConversion {
  cohort: string;
  customers: number;
  reachedRepeat: number;
  reachedLoyal: number;
}

export interface JourneyStats {
  conversions: StageConversion[];
  /** Median days spent in each stage, over stays that have ended. */
  medianDaysInStage: Record<Stage, number | null>;
}

export interface StageMove {
  from: Stage | null;
  to: Stage;
  cause: StageCause;
  customers: number;
}

export interface ChangesSinceImport {
  importId: number | null;
  previousImportId: number | null;
  moves: StageMove[];
  customers: { id: number; name: string | null; email: string | null; from: Stage | null; to: Stage; cause: StageCause }[];
  total: number;
}
