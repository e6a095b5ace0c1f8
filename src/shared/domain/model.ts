/** Predictive model types (issue 5: BG/NBD + Gamma-Gamma). Money in the shop's currency units. */

/** Why a fit is less trustworthy; `code` is a key under `model:reasons`, `params` fill its placeholders. */
export interface ModelReason {
  code:
    | 'noCustomers'
    | 'noRepeatBuyers'
    | 'fewRepeatBuyers'
    | 'someRepeatBuyers'
    | 'noTimeObserved'
    | 'notConverged'
    | 'flatLikelihood'
    | 'wideErrors'
    | 'spendNoRepeatBuyers'
    | 'spendFewRepeatBuyers'
    | 'spendCorrelated'
    | 'spendMeanUndefined'
    | 'fitFailed';
  params?: Record<string, string | number>;
}

/** reliable: use the figures; rough: use with care; unreliable: shown only as a hint; unavailable: no model. */
export type ModelVerdict = 'reliable' | 'rough' | 'unreliable' | 'unavailable';

export interface BgnbdSummary {
  r: number;
  /** In the fit's time unit (`timeUnitDays`). */
  alpha: number;
  a: number;
  b: number;
  logLik: number;
  standardErrors: { r: number; alpha: number; a: number; b: number } | null;
  converged: boolean;
  iterations: number;
}

export interface GammaGammaSummary {
  p: number;
  q: number;
  /** In currency units. */
  gamma: number;
  logLik: number;
  standardErrors: { p: number; q: number; gamma: number } | null;
  converged: boolean;
  /** Repeat buyers whose spend entered the fit. */
  customers: number;
  /** pγ/(q-1); null when q ≤ 1. */
  populationMeanOrderValue: number | null;
}

export interface ModelFitSummary {
  asOf: string | null;
  /** Days per time unit of `alpha` and of every time in the fit (7: weeks). */
  timeUnitDays: number;
  customers: number;
  repeatCustomers: number;
  bgnbd: BgnbdSummary | null;
  gammaGamma: GammaGammaSummary | null;
  /** Pearson correlation between repeat mean value and repeat purchases; the spend model assumes ≈ 0. */
  spendFrequencyCorrelation: number | null;
  /** Used for customers the spend model cannot value (mean value of a purchase occasion). */
  fallbackOrderValue: number | null;
  penalty: number;
  monthlyDiscountRate: number;
  verdict: ModelVerdict;
  reasons: ModelReason[];
  fittedAt: string | null;
}

export interface CustomerPrediction {
  customerId: number;
  pAlive: number;
  expectedPurchases30: number;
  expectedPurchases90: number;
  expectedPurchases365: number;
  expectedOrderValue: number | null;
  predictedClv12: number | null;
  /** Median predicted day of the next order if still active (YYYY-MM-DD). */
  nextOrderDay: string | null;
}

export interface BacktestRow {
  /** Repeat purchases in the calibration period; the last row, 7, means 7 or more. */
  repeatPurchases: number;
  customers: number;
  meanPredicted: number;
  meanActual: number;
}

export interface BacktestResult {
  calibrationEnd: string;
  holdoutDays: number;
  holdoutEnd: string;
  fit: ModelFitSummary;
  rows: BacktestRow[];
  totals: { customers: number; predicted: number; actual: number };
  /** Customers flagged lapsed (P(alive) below the threshold) and how many of them bought nothing in the holdout. */
  lapsed: { threshold: number; flagged: number; correctlyFlagged: number; share: number | null; actuallyLapsed: number };
}

/** User settings of the predictive model. */
export interface ModelSettings {
  /** Ridge penalty on the log-parameters; 0 is plain maximum likelihood. Larger values steady small shops. */
  penalty: number;
  /** Monthly discount rate of the 12-month CLV, e.g. 0.01 = 1% a month. */
  monthlyDiscountRate: number;
  /** With the at-risk stage set to "model": a repeat customer whose P(alive) is below this is at risk. */
  pAliveThreshold: number;
}

export const defaultModelSettings: ModelSettings = { penalty: 0.01, monthlyDiscountRate: 0.01, pAliveThreshold: 0.5 };

export const modelSettingLimits: Record<keyof ModelSettings, { min: number; max: number }> = {
  penalty: { min: 0, max: 100 },
  monthlyDiscountRate: { min: 0, max: 0.5 },
  pAliveThreshold: { min: 0.01, max: 0.99 },
};
