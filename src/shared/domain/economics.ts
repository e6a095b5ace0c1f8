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

/**
 * What turns revenue into contribution margin (docs/counting.md, "Contribution margin"): the share of revenue
 * (excluding taxes and shipping charged) left after the cost of goods, and the shop's costs per order.
 */
export interface MarginSettings {
  /** Gross margin on goods, 0..1; the stated default until the owner sets theirs. */
  goodsMargin: number;
  /** What shipping an order costs the shop, currency units. */
  shippingCostPerOrder: number;
  /** Payment fees: a share of the amount paid plus a fixed amount per order. */
  paymentFeeRate: number;
  paymentFeeFixed: number;
}

export const defaultMarginSettings: MarginSettings = { goodsMargin: 0.5, shippingCostPerOrder: 0, paymentFeeRate: 0, paymentFeeFixed: 0 };

export const marginSettingLimits: Record<keyof MarginSettings, { min: number; max: number }> = {
  goodsMargin: { min: 0, max: 1 },
  shippingCostPerOrder: { min: 0, max: 1e6 },
  paymentFeeRate: { min: 0, max: 0.5 },
  paymentFeeFixed: { min: 0, max: 1e6 },
};

/** The owner's cost of one unit of a product, named by SKU or product title (matched case-insensitively). */
export interface ProductCost {
  product: string;
  unitCost: number;
}

export const LTV_HORIZONS = [3, 6, 12] as const;
export type LtvHorizon = (typeof LTV_HORIZONS)[number];

export interface LtvFigure {
  horizonMonths: LtvHorizon;
  /** Contribution margin per customer actually earned within the horizon so far (docs/counting.md, "Contribution margin"). */
  margin: number;
  /** Margin the model expects per customer for the rest of the horizon (0 when the horizon has passed; null without a model). */
  marginPredictedRemainder: number | null;
  /** Net revenue per customer actually received within the horizon so far (revenue basis, labelled as such). */
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
  /** The cohort's own margin LTV at 12 months (observed, plus the predicted remainder when not yet complete) divided by its own CAC. */
  ltvToCac: number | null;
  /** Whether that LTV is all observed (the cohort is 12 months old) or partly predicted. */
  ltvBasis: 'observed' | 'predicted' | null;
  /** The same on net revenue, labelled as such. */
  revenueLtvToCac: number | null;
  /** Months after the first purchase until cumulative margin per customer reached CAC; null if not yet. */
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
  /** The margin assumptions behind every LTV, LTV:CAC and payback. */
  margin: MarginSettings;
  totals: {
    spend: number;
    newCustomers: number;
    cac: number | null;
    /** Margin per customer in their first 12 months, over the cohorts 12 months old. */
    ltv12: number | null;
    /** Net revenue per customer in their first 12 months, over the same cohorts. */
    revenueLtv12: number | null;
    /** Pooled like for like: Σ margin LTV of the cohorts that have both spend and a 12-month LTV / Σ their spend. */
    ltvToCac: number | null;
    /** The first-purchase months pooled in `ltvToCac` and `paybackMonths`, and whether any of their LTVs is partly predicted. */
    pooledMonths: string[];
    pooledPredicted: boolean;
    paybackMonths: number | null;
    returningShare: number | null;
  };
}
