/**
 * A buyer's frequency, recency and age as of a date, in days (docs/models.md, "The input: frequency, recency and age"):
 * x = purchase occasions - 1, t_x = days from first to last occasion, T = days from first occasion
 * to the as-of date, repeatMean = mean value of the repeat occasions (0 when x = 0).
 */
export interface CustomerFrequencyRecency {
  customerId: number;
  x: number;
  txDays: number;
  TDays: number;
  repeatMean: number;
}

/** Weeks: the literature's unit, and it keeps α near 1-100 so the penalty on ln α stays mild. */
export const TIME_UNIT_DAYS = 7;
