/**
 * The lifecycle funnel (docs/funnel.md): reach (sessions) -> acquisition (new prospects) -> conversion
 * (first purchases) -> retention (second purchases) -> loyalty (newly loyal) -> recovery (won back).
 */

/** The rates between the funnel's stages, each named for the stage it measures. */
export const FUNNEL_RATES = ['acquisition', 'conversion', 'retention', 'loyalty', 'recovery'] as const;
export type FunnelRate = (typeof FUNNEL_RATES)[number];

/** Each rate's numerator and denominator, as field names of a `FunnelFigures`. */
export const RATE_PARTS: Record<FunnelRate, { of: keyof FunnelCounts; per: keyof FunnelCounts }> = {
  acquisition: { of: 'newProspects', per: 'sessions' },
  conversion: { of: 'firstPurchases', per: 'newProspects' },
  retention: { of: 'secondPurchases', per: 'firstPurchases' },
  loyalty: { of: 'newLoyal', per: 'secondPurchases' },
  recovery: { of: 'wonBack', per: 'lapsed' },
};

/** The campaign suggestion (src/main/campaigns/suggestions.ts) that works on each stage; acquisition has none: it happens before the shop knows anyone. */
export const RATE_CAMPAIGNS: Record<FunnelRate, string | null> = {
  acquisition: null,
  conversion: 'prospect_welcome',
  retention: 'new_second_purchase',
  loyalty: 'repeat_replenish',
  recovery: 'lapsed_winback',
};

export interface FunnelCounts {
  /** Sessions in the traffic reports; null when the traffic data does not cover every day of the period. */
  sessions: number | null;
  /** Customers whose first order of any kind fell in the period: the day the shop learned who they are. */
  newProspects: number;
  /** Customers whose first purchase occasion fell in the period (the customer list's "first purchase"). */
  firstPurchases: number;
  /** Customers whose second purchase occasion fell in the period. */
  secondPurchases: number;
  /** Customers who reached the loyal stage for the first time. */
  newLoyal: number;
  /** Customers who moved from lapsed to won back. */
  wonBack: number;
  /** Customers who were lapsed on some day of the period (recovery's denominator). */
  lapsed: number;
}

export interface FunnelFigures extends FunnelCounts {
  /** Each stage's rate (numerator / denominator of RATE_PARTS); null when the denominator is 0 or unknown. */
  rates: Record<FunnelRate, number | null>;
  /** First purchases per session, the conversion rate shop platforms report; null without sessions. */
  sessionConversion: number | null;
}

export interface FunnelMonth extends FunnelFigures {
  /** `YYYY-MM`. */
  month: string;
  /** Days of the month up to the as-of day that the traffic reports cover (a monthly figure covers all). */
  trafficDays: number;
  /** Days of the month up to the as-of day. */
  days: number;
  /** The same month a year earlier: its rates. */
  yearEarlierRates: Record<FunnelRate, number | null>;
}

export interface FunnelPeriod extends FunnelFigures {
  from: string;
  to: string;
}

/** Where the funnel loses most against what the owner expects: below its target, else fallen most since the previous period. */
export interface WeakestStage {
  rate: FunnelRate;
  reason: 'belowTarget' | 'fellFromPrevious';
  value: number;
  /** The target, or the previous period's rate. */
  reference: number;
  /** The campaign suggestion that works on this stage, null for acquisition. */
  campaign: string | null;
}

export interface TrafficCoverage {
  firstDay: string;
  lastDay: string;
  /** Days and months with a figure (a monthly report's row is one). */
  periods: number;
  sessions: number;
}

export interface FunnelReport {
  asOf: string | null;
  months: FunnelMonth[];
  period: FunnelPeriod;
  previous: FunnelPeriod;
  yearEarlier: FunnelPeriod;
  /** Monthly targets the owner set, as fractions (0.25 = 25%). */
  targets: Partial<Record<FunnelRate, number>>;
  weakest: WeakestStage | null;
  /** Customers without any order as of the as-of day (contacts of a customers export): no export dates them, so they are in no month. */
  undatedProspects: number;
  /** What the traffic reports hold; null when none was imported (the funnel then starts at acquisition). */
  traffic: TrafficCoverage | null;
}
