import type { ShopHistory } from './shop-history.ts';
import { isoDayOf, monthEndDay, monthIndexOf } from './days.ts';
import { median, nearestRank } from './percentiles.ts';
import type { ThresholdOverrides, Thresholds, ThresholdValue } from '../../shared/domain/lifecycle.ts';

/** Below this many repeat customers the shop's own history is too thin and the retail defaults apply. */
export const MIN_REPEAT_CUSTOMERS = 20;
export const LAPSE_CAP_DAYS = 365;
export const AT_RISK_SHARE_OF_LAPSE = 0.8;
export const MIN_LOYAL_PURCHASES = 3;
/** Stated retail defaults for shops with too little history (at-risk is 80% of lapse, as for derived values). */
export const RETAIL_DEFAULTS = { window: 90, lapse: 180, atRisk: 144, loyal: 3 } as const;

/** The numbers the thresholds are derived from, sorted ascending. */
export interface ThresholdInputs {
  /** Last day of the orders used (day number). */
  upTo: number;
  /** Days from the 1st to the 2nd purchase occasion, per repeat customer. */
  firstToSecond: Float64Array;
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
  const gaps = new Float64Array(day.length);
  const repeatPurchases = new Float64Array(customerIds.length);
  let repeaters = 0;
  let gapCount = 0;
  for (let i = 0; i < customerIds.length; i += 1) {
    const a = start[i];
    let b = start[i + 1];
    while (b > a && day[b - 1] > upTo) b -= 1;
    if (b - a < 2) continue;
    firstToSecond[repeaters] = day[a + 1] - day[a];
    repeatPurchases[repeaters] = b - a;
    repeaters += 1;
    for (let k = a + 1; k < b; k += 1) gaps[gapCount++] = day[k] - day[k - 1];
  }
  return {
    upTo,
    firstToSecond: firstToSecond.subarray(0, repeaters).sort(),
    gaps: gaps.subarray(0, gapCount).sort(),
    repeatPurchases: repeatPurchases.subarray(0, repeaters).sort(),
  };
}

/**
 * Data-driven thresholds (docs/lifecycle.md, "Thresholds"): second-purchase window = 75th percentile of
 * days from 1st to 2nd purchase; lapse = min(2 x median gap between purchases, 365), not below the
 * window; at-risk = 80% of lapse; loyal = 90th percentile of purchases among repeat customers, at
 * least 3. With fewer than 20 repeat customers the retail defaults apply. User overrides win; the
 * result always keeps window <= lapse and at-risk <= lapse.
 */
export function deriveThresholds(inputs: ThresholdInputs, overrides: ThresholdOverrides = {}): Thresholds {
  const repeatCustomers = inputs.firstToSecond.length;
  const fallback = repeatCustomers < MIN_REPEAT_CUSTOMERS;
  const windowP = nearestRank(inputs.firstToSecond, 0.75);
  const medianGap = median(inputs.gaps);
  const loyalP = nearestRank(inputs.repeatPurchases, 0.9);
  const lapseCapped = medianGap !== null && 2 * medianGap > LAPSE_CAP_DAYS;

  let derived: EffectiveThresholds;
  if (fallback || windowP === null || medianGap === null || loyalP === null) {
    derived = { ...RETAIL_DEFAULTS };
  } else {
    const window = Math.max(1, windowP);
    const lapse = Math.max(Math.round(Math.min(2 * medianGap, LAPSE_CAP_DAYS)), window);
    derived = { window, lapse, atRisk: Math.round(AT_RISK_SHARE_OF_LAPSE * lapse), loyal: Math.max(MIN_LOYAL_PURCHASES, loyalP) };
  }
  const source = fallback ? 'default' : 'data';
  const pick = (name: keyof EffectiveThresholds): ThresholdValue => {
    const user = overrides[name];
    return user === undefined ? { value: derived[name], source, derived: derived[name] } : { value: user, source: 'user', derived: derived[name] };
  };
  const window = pick('window');
  const lapse = pick('lapse');
  const atRisk = pick('atRisk');
  lapse.value = Math.max(lapse.value, window.value);
  atRisk.value = Math.min(atRisk.value, lapse.value);
  return {
    window,
    atRisk,
    lapse,
    loyal: pick('loyal'),
    derivation: {
      repeatCustomers,
      minRepeatCustomers: MIN_REPEAT_CUSTOMERS,
      fallback,
      windowPercentileDays: windowP,
      medianGapDays: medianGap,
      loyalPercentilePurchases: loyalP,
      lapseCapped,
      dataUpTo: isoDayOf(inputs.upTo),
    },
  };
}

export function effective(thresholds: Thresholds): EffectiveThresholds {
  return { window: thresholds.window.value, atRisk: thresholds.atRisk.value, lapse: thresholds.lapse.value, loyal: thresholds.loyal.value };
}
