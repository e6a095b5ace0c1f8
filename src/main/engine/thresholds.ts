import type { ShopHistory } from './shop-history.ts';
import { isoDayOf, monthEndDay, monthIndexOf } from './days.ts';
import { median, nearestRank } from './percentiles.ts';
import { returnCurve, returnedBy, returnPercentile } from './return-times.ts';
import type { LapseBasis, ThresholdName, ThresholdOverrides, Thresholds, ThresholdSource, ThresholdValue } from '../../shared/domain/lifecycle.ts';

/** Below this many repeat customers the shop's own history is too thin and the typical-shop defaults apply. */
export const MIN_REPEAT_CUSTOMERS = 20;
export const LAPSE_CAP_DAYS = 365;
/** Second purchases are studied up to a year after the first: a later return is a win-back, not a second purchase. */
export const RETURN_HORIZON_DAYS = 365;
/** The window is the day by which this share of the customers who come back within the horizon have done so. */
export const WINDOW_SHARE = 0.75;
/** The lapse threshold is at least the day by which this share of them have done so. */
export const LATE_RETURN_SHARE = 0.9;
export const AT_RISK_SHARE_OF_LAPSE = 0.8;
export const MIN_LOYAL_PURCHASES = 3;
/** A customer who comes back after lapsing stays reactivated for the second-purchase window, at most this long. */
export const REACTIVATION_CAP_DAYS = 90;
/** Stated defaults for shops with too little history (at-risk is 80% of lapse, as for derived values). */
export const TYPICAL_SHOP_DEFAULTS = { window: 90, lapse: 180, atRisk: 144, loyal: 3 } as const;

/** The numbers the thresholds are derived from, sorted ascending. */
export interface ThresholdInputs {
  /** Last day of the orders used (day number). */
  upTo: number;
  /** Days from the 1st to the 2nd purchase occasion, per repeat customer. */
  firstToSecond: Float64Array;
  /** Days since the only purchase occasion, per one-time buyer: how long each has had to come back. */
  waiting: Float64Array;
  /** Days between consecutive occasions of repeat customers. */
  gaps: Float64Array;
  /** Occasions per repeat customer. */
  repeatPurchases: Float64Array;
}

/** The thresholds the stage rules use, as plain numbers. */
export interface EffectiveThresholds {
  window: number;
  atRisk: number;
  lapse: number;
  loyal: number;
  /** Days a customer stays reactivated after the purchase that brought them back. */
  reactivation: number;
}

/**
 * The last day whose orders the thresholds are derived from: the end of the last complete month
 * up to the as-of day (the as-of day itself when it ends a month). Thresholds then change once a
 * month, not with every daily import, so stages do not wobble by a day back and forth.
 */
export function thresholdDataEnd(asOf: number): number {
  return monthEndDay(monthIndexOf(asOf)) === asOf ? asOf : monthEndDay(monthIndexOf(asOf) - 1);
}

/** Inputs from the purchase occasions up to `upTo` (default: the end of the last complete month). */
export function thresholdInputs(history: ShopHistory, upTo = thresholdDataEnd(history.asOf)): ThresholdInputs {
  const { start, customerIds } = history;
  const day = history.day;
  // At most one entry per customer, or per occasion for gaps: filled in place, then cut and sorted.
  const firstToSecond = new Float64Array(customerIds.length);
  const waiting = new Float64Array(customerIds.length);
  const gaps = new Float64Array(day.length);
  const repeatPurchases = new Float64Array(customerIds.length);
  let repeaters = 0;
  let onceBuyers = 0;
  let gapCount = 0;
  for (let i = 0; i < customerIds.length; i += 1) {
    const a = start[i];
    let b = start[i + 1];
    while (b > a && day[b - 1] > upTo) b -= 1;
    if (b - a === 1) waiting[onceBuyers++] = upTo - day[a];
    if (b - a < 2) continue;
    firstToSecond[repeaters] = day[a + 1] - day[a];
    repeatPurchases[repeaters] = b - a;
    repeaters += 1;
    for (let k = a + 1; k < b; k += 1) gaps[gapCount++] = day[k] - day[k - 1];
  }
  return {
    upTo,
    firstToSecond: firstToSecond.subarray(0, repeaters).sort(),
    waiting: waiting.subarray(0, onceBuyers).sort(),
    gaps: gaps.subarray(0, gapCount).sort(),
    repeatPurchases: repeatPurchases.subarray(0, repeaters).sort(),
  };
}

/** Derived values before overrides, with the facts behind them. */
interface Derived extends Omit<EffectiveThresholds, 'reactivation'> {
  lapseBasis: LapseBasis;
}

/** Smallest lapse threshold whose at-risk share still comes after the window. */
const lapseAfterWindow = (window: number): number => Math.ceil((window + 1) / AT_RISK_SHARE_OF_LAPSE);
const atRiskOf = (lapse: number): number => Math.round(AT_RISK_SHARE_OF_LAPSE * lapse);

function deriveFromData(window: number, lateReturn: number, medianGap: number, loyalP: number): Derived {
  const fromGaps = Math.round(Math.min(2 * medianGap, LAPSE_CAP_DAYS));
  const floor = lapseAfterWindow(window);
  const lapse = Math.max(fromGaps, lateReturn, floor);
  const lapseBasis: LapseBasis = lapse === fromGaps ? 'gaps' : lapse === lateReturn ? 'returns' : 'window';
  return { window, lapse, atRisk: atRiskOf(lapse), loyal: Math.max(MIN_LOYAL_PURCHASES, loyalP), lapseBasis };
}

/**
 * Data-driven thresholds (docs/lifecycle.md, "Thresholds"):
 *  - second-purchase window: the day by which 75% of the customers who come back within a year have
 *    made their second purchase, estimated with Kaplan–Meier so that one-time buyers who have not had
 *    a year yet count for the time they did have (return-times.ts);
 *  - lapse: the longest of twice the median gap between purchases (at most 365 days), the day by which
 *    90% of those returns have happened, and the shortest lapse whose at-risk threshold comes after the
 *    window; at-risk: 80% of lapse; so window < at-risk < lapse and every stage can be reached by
 *    one-time and repeat buyers alike;
 *  - loyal: 90th percentile of purchases among repeat customers, at least 3;
 *  - reactivated: for the window after the purchase that brought a lapsed customer back, at most 90 days.
 * With fewer than 20 repeat customers the typical-shop defaults apply. Overrides win, but the result
 * always keeps window < at-risk < lapse; a value moved to keep that order is marked `adjusted`.
 */
export function deriveThresholds(inputs: ThresholdInputs, overrides: ThresholdOverrides = {}): Thresholds {
  const repeatCustomers = inputs.firstToSecond.length;
  const curve = returnCurve(inputs.firstToSecond, inputs.waiting);
  const windowP = returnPercentile(curve, WINDOW_SHARE, RETURN_HORIZON_DAYS);
  const lateReturn = returnPercentile(curve, LATE_RETURN_SHARE, RETURN_HORIZON_DAYS);
  const medianGap = median(inputs.gaps);
  const loyalP = nearestRank(inputs.repeatPurchases, 0.9);
  const fallback = repeatCustomers < MIN_REPEAT_CUSTOMERS || windowP === null || lateReturn === null || medianGap === null || loyalP === null;
  const derived: Derived = fallback ? { ...TYPICAL_SHOP_DEFAULTS, lapseBasis: 'default' } : deriveFromData(Math.max(1, windowP), lateReturn, medianGap, loyalP);
  const source: ThresholdSource = fallback ? 'default' : 'data';
  const value = (name: ThresholdName, effective: number, rule: number): ThresholdValue => {
    const user = overrides[name];
    return { value: effective, source: user === undefined ? source : 'user', derived: derived[name], adjusted: effective !== (user ?? rule) };
  };

  const window = overrides.window ?? derived.window;
  // A lapse threshold that is not set by the user follows its rule against the window in force.
  const lapseRule = overrides.lapse ?? Math.max(derived.lapse, lapseAfterWindow(window));
  const lapse = Math.max(lapseRule, window + 2);
  const atRiskRule = overrides.atRisk ?? atRiskOf(lapse);
  const atRisk = Math.min(Math.max(atRiskRule, window + 1), lapse - 1);
  const loyal = overrides.loyal ?? derived.loyal;
  return {
    window: value('window', window, window),
    atRisk: value('atRisk', atRisk, atRiskRule),
    lapse: value('lapse', lapse, overrides.lapse ?? derived.lapse),
    loyal: value('loyal', loyal, loyal),
    derivation: {
      repeatCustomers,
      minRepeatCustomers: MIN_REPEAT_CUSTOMERS,
      fallback,
      returnedWithinHorizon: curve.days.length > 0 ? returnedBy(curve, RETURN_HORIZON_DAYS) : null,
      horizonDays: RETURN_HORIZON_DAYS,
      medianReturnDays: returnPercentile(curve, 0.5, RETURN_HORIZON_DAYS),
      windowPercentileDays: windowP,
      lateReturnDays: lateReturn,
      medianGapDays: medianGap,
      loyalPercentilePurchases: loyalP,
      lapseCapped: medianGap !== null && 2 * medianGap > LAPSE_CAP_DAYS,
      lapseBasis: derived.lapseBasis,
      reactivationDays: Math.min(window, REACTIVATION_CAP_DAYS),
      dataUpTo: isoDayOf(inputs.upTo),
    },
  };
}

export function effective(thresholds: Thresholds): EffectiveThresholds {
  return {
    window: thresholds.window.value,
    atRisk: thresholds.atRisk.value,
    lapse: thresholds.lapse.value,
    loyal: thresholds.loyal.value,
    reactivation: thresholds.derivation.reactivationDays,
  };
}
