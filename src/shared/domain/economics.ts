/** Money in the shop's currency units; null where a figure cannot be known yet. */
export interface SpendEntry {
  month: string;
  channel: string;
  spend: number;
}

/** The report's row for the whole shop, and for new customers whose first order matched no channel link. */
export const ALL_CHANNELS = 'all';
export const UNATTRIBUTED = 'unattributed';
/** Not allowed as channel names, so spend can never be counted twice or mixed into the unattributed group. */
export const RESERVED_CHANNELS: readonly string[] = [ALL_CHANNELS, UNATTRIBUTED];

export interface ChannelLink {
  matchKind: 'source' | 'discount_code';
  /** Case-insensitive exact match against the first order's Source or discount code. */
  pattern: string;
  channel: string;
}

export const LTV_HORIZONS = [3, 6, 12] as const;
export type LtvHorizon = (typeof LTV_HORIZONS)[number];

export interface LtvFigure {
  horizonMonths: LtvHorizon;
  /** Net revenue per customer actually received within the horizon so far. */
  actual: number;
  /** What the model expects per customer for the rest of the horizon (0 when the horizon has passed; null without a model). */
  predictedRemainder: number | null;
  /** True when every customer of the cohort has been around for the whole horizon. */
  complete: boolean;
}

export interface AcquisitionRow {
  /** First-purchase month of the cohort, `YYYY-MM`. */
  month: string;
  /** A channel name, `all` for the whole shop, or `unattributed`. */
  channel: string;
  newCustomers: number;
  spend: number | null;
  cac: number | null;
  ltv: LtvFigure[];
  /** LTV at 12 months (actual + predicted remainder) divided by CAC. */
  ltvToCac: number | null;
  /** Months after the first purchase until cumulative net revenue per customer reached CAC; null if not yet. */
  paybackMonths: number | null;
}

export interface RevenueMixRow {
  month: string;
  /** Net revenue of first purchases in the month. */
  newRevenue: number;
  /** Net revenue of every later purchase in the month. */
  returningRevenue: number;
  returningShare: number | null;
  newCustomers: number;
  returningCustomers: number;
  /** Customers with 2+ purchases in the month among customers who purchased in the month. */
  repeatPurchaseRate: number | null;
}

export interface EconomicsReport {
  asOf: string | null;
  currency: string | null;
  hasSpend: boolean;
  channels: string[];
  acquisition: AcquisitionRow[];
  revenueMix: RevenueMixRow[];
  totals: {
    spend: number;
    newCustomers: number;
    cac: number | null;
    ltv12: number | null;
    ltvToCac: number | null;
    paybackMonths: number | null;
    returningShare: number | null;
  };
}
