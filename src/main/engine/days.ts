const MS_PER_DAY = 86_400_000;

/** Calendar days as integers (days since 1970-01-01) so the engine can do arithmetic on typed arrays. */
export function dayNumber(isoDay: string): number {
  return Math.floor(Date.UTC(+isoDay.slice(0, 4), +isoDay.slice(5, 7) - 1, +isoDay.slice(8, 10)) / MS_PER_DAY);
}

export function isoDayOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Month index (year x 12 + month - 1) of a day number. */
export function monthIndexOf(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** `YYYY-MM` of a month index. */
export function isoMonthOf(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  return `${String(year).padStart(4, '0')}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
}

/** Last day of a month index. */
export function monthEndDay(monthIndex: number): number {
  return Math.floor(Date.UTC(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1) / MS_PER_DAY) - 1;
}

/** The Sunday that ends the (Monday to Sunday) week containing a day. 1970-01-01 was a Thursday. */
export function weekEndDay(day: number): number {
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  return day + (6 - weekday);
}

/**
 * Turns day numbers into ISO strings and month indexes quickly: results are cached per day, as a
 * shop's history spans a few thousand distinct days while the engine converts hundreds of thousands.
 */
export class DayCache {
  readonly #iso = new Map<number, string>();
  readonly #parsed = new Map<string, number>();

  iso(day: number): string {
    let s = this.#iso.get(day);
    if (s === undefined) {
      s = isoDayOf(day);
      this.#iso.set(day, s);
    }
    return s;
  }

  parse(isoDay: string): number {
    let d = this.#parsed.get(isoDay);
    if (d === undefined) {
      d = dayNumber(isoDay);
      this.#parsed.set(isoDay, d);
    }
    return d;
  }
}
