/** Month arithmetic on `YYYY-MM-DD` days, as a shop owner counts months ("3 months after the first order"). */

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Whole months from `from` to `to` (both `YYYY-MM-DD`): 2024-01-31 -> 2024-02-29 is 0, -> 2024-03-01 is 1. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** The same day `months` later, clamped to the month's end (2024-01-31 + 1 = 2024-02-29). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  const last = Number(lastDayOfMonth(month).slice(8));
  return `${month}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last day of a `YYYY-MM` month. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** Months from `YYYY-MM` a to b inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}
