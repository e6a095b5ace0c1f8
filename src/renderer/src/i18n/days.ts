/** Calendar-day arithmetic on `YYYY-MM-DD` strings (UTC, so no time zone shifts a day). */
export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A date picker's value (Date or `YYYY-MM-DD…` string) as `YYYY-MM-DD`. */
export function toIsoDay(value: Date | string | null): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const local = new Date(value.getTime() - value.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
