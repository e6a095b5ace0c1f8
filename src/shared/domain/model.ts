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

/** The two purchase models the shop's history chooses between (docs/models.md, "Choosing the purchase model"). */
export type PurchaseModelName = 'bgnbd' | 'paretoNbd';

export interface ParetoNbdSummary {
  r: number;
  /** In the fit's time unit (`timeUnitDays`), as `beta`. */
  alpha: number;
  s: number;
  beta: number;
  logLik: number;
  standardErrors: { r: number; alpha: number; s: number; beta: number } | null;
  converged: boolean;
  iterations: number;
}

/** How well a forecast of each customer's purchases in the holdout matched what happened. */
export interface HoldoutScore {
  /** Mean over customers of |predicted - actual| purchases in the holdout. */
  meanAbsoluteError: number;
  predictedTotal: number;
  actualTotal: number;
  /** (predicted - actual) / actual; null when nobody bought in the holdout. */
  totalError: number | null;
}

/** Customers in one tenth of the predicted P(alive) range, and the share of them who bought in the holdout. */
export interface PAliveDecile {
  decile: number;
  customers: number;
  meanPAlive: number;
  boughtShare: number;
}

export interface ModelHoldoutScore extends HoldoutScore {
  /** Calibration of P(alive): the share who bought should rise from the first decile to the tenth. */
  deciles: PAliveDecile[];
}

/** Why the shop gets no model (historical figures only) or no backtest; `code` is a key under `model:choice.reasons`. */
export interface ModelChoiceReason {
  code: 'noCustomers' | 'noRepeatBuyers' | 'fewRepeatBuyers' | 'noTimeObserved' | 'notConverged' | 'shortHistory' | 'fewCalibrationRepeatBuyers';
  params?: Record<string, string | number>;
}

/**
 * Which purchase model the shop's predictions use and why: both are fitted up to a calibration end and scored on
 * the holdout after it (the lower per-customer error wins); without enough history for that, the higher likelihood
 * on all data; without enough repeat buyers, neither (`chosen` null: historical figures only).
 */
export interface ModelChoice {
  chosen: PurchaseModelName | null;
  basis: 'backtest' | 'likelihood' | 'none';
  /** Why there is no backtest or no model; null when the backtest chose. */
  reason: ModelChoiceReason | null;
  calibrationEnd: string | null;
  holdoutDays: number | null;
  /** Customers of the calibration period, each scored on the holdout. */
  customers: number;
  bgnbd: ModelHoldoutScore | null;
  paretoNbd: ModelHoldoutScore | null;
  /** Each customer keeps their past repeat-purchase rate (x / T): the forecast to beat. */
  naive: HoldoutScore | null;
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
  paretoNbd: ParetoNbdSummary | null;
  /** The purchase model behind every prediction of the shop; null: historical figures only (`choice.reason` says why). */
  chosenModel: PurchaseModelName | null;
  choice: ModelChoice;
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
  /**
   * Median predicted day of the next order if still active (YYYY-MM-DD); null when the customer is unlikely to order
   * again (median beyond 12 months, or P(alive) below 0.2).
   */
  nextOrderDay: string | null;
  /** The middle half of the waiting time (quartiles), given when it is wide (the later more than twice as far as the earlier). */
  nextOrderRange: [string, string] | null;
}

/** A customer's predictions as the customer list gives them (`customers --json`); null figures are withheld, `withheld` says why. */
export interface RowPrediction {
  customerId: number;
  pAlive: number | null;
  expectedPurchases90d: number | null;
  /** Predicted value of the next 12 months (docs/models.md, "CLV over a horizon"), currency units. */
  predictedValue12m: number | null;
  nextOrderDate: string | null;
  nextOrderRange: [string, string] | null;
  /**
   * noModel: the shop has no purchase model (`because`: the choice's reason); notABuyer: no purchase yet;
   * unlikelyToOrder: no next-order date, the customer is unlikely to order again.
   */
  withheld: { code: 'noModel' | 'notABuyer' | 'unlikelyToOrder'; because?: ModelChoiceReason } | null;
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
  /** The purchase model chosen with the history up to the calibration end; null: too little history for any. */
  model: PurchaseModelName | null;
  /** Per-customer error and total of the chosen model, of each model, and of the naive forecast (each customer keeps their past rate). */
  accuracy: { model: HoldoutScore | null; bgnbd: HoldoutScore | null; paretoNbd: HoldoutScore | null; naive: HoldoutScore };
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
