import railsTimeZone from 'rails-timezone';

/** Whether the runtime knows an IANA zone name. */
function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const known = new Map<string, string | null>();

/**
 * The IANA zone of a time-zone name as exports write it: Square's (Ruby on Rails') names such as
 * `Eastern Time (US & Canada)` or `London`, the same with a `(GMT-05:00) ` prefix, or an IANA name
 * (`America/New_York`, `UTC`). Null when the name is none of these.
 */
export function ianaZone(name: string): string | null {
  const text = name.trim();
  const cached = known.get(text);
  if (cached !== undefined) return cached;
  const bare = text.replace(/^\((?:GMT|UTC)[^)]*\)\s*/i, '');
  const zone = railsTimeZone.from(bare) ?? (bare !== '' && !/\s/.test(bare) && isIanaZone(bare) ? bare : null);
  known.set(text, zone);
  return zone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (east positive). */
function offsetMinutes(zone: string, ms: number): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(ms))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The offset (minutes east of UTC) that a wall-clock time in a zone has. A time that a daylight-saving
 * change skips is read with the offset before the change; one it repeats, as its first occurrence.
 */
export function zoneOffsetAt(zone: string, wallClockAsUtcMs: number): number {
  const first = offsetMinutes(zone, wallClockAsUtcMs);
  const second = offsetMinutes(zone, wallClockAsUtcMs - first * 60_000);
  if (first === second) return first;
  const earlier = offsetMinutes(zone, wallClockAsUtcMs - Math.max(first, second) * 60_000);
  return earlier === Math.max(first, second) ? earlier : Math.min(first, second);
}
