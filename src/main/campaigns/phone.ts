import { callingCodes } from './calling-codes.ts';

/** An E.164 phone number: `+`, a country code that does not start with 0, 7 to 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;

/** Countries whose national numbers keep their leading 0 after the country code (Italy and its neighbours). */
const KEEPS_LEADING_ZERO = new Set(['IT', 'SM', 'VA']);
/** Countries whose trunk prefix is 8 (`8 916 123-45-67` is `+7 916 123 45 67`). */
const TRUNK_EIGHT = new Set(['RU', 'KZ']);
/** Shortest national significant number we accept as already carrying its country code. */
const MIN_NATIONAL_DIGITS = 8;

/**
 * A phone number in E.164 (`+14155550123`), as ad platforms and SMS tools need it, or null when it cannot
 * be normalised. A number without `+` or `00` gets the calling code of `countryIso2` (the customer's country),
 * after dropping the national trunk prefix (`0`, or `8` in Russia and Kazakhstan). Extensions are dropped.
 */
export function normalisePhone(raw: string | null | undefined, countryIso2: string | null): string | null {
  if (!raw) return null;
  const withoutExtension = raw.trim().replace(/^'/, '').split(/\s*(?:ext\.?|x|#)\s*\d*$/i)[0];
  if (!/^[+\d\s().\-/]+$/.test(withoutExtension)) return null;
  const international = withoutExtension.startsWith('+');
  let digits = withoutExtension.replace(/\D/g, '');
  if (international) return checked(`+${digits}`);
  if (digits.startsWith('00')) return checked(`+${digits.slice(2)}`);
  const code = countryIso2 ? callingCodes.get(countryIso2) : undefined;
  if (!code || !countryIso2) return null;
  if (TRUNK_EIGHT.has(countryIso2) && digits.length === 11 && digits.startsWith('8')) digits = digits.slice(1);
  else if (digits.startsWith('0') && !KEEPS_LEADING_ZERO.has(countryIso2)) digits = digits.slice(1);
  else if (digits.startsWith(code) && digits.length - code.length >= MIN_NATIONAL_DIGITS) return checked(`+${digits}`);
  return checked(`+${code}${digits}`);
}

function checked(candidate: string): string | null {
  if (!E164.test(candidate)) return null;
  if (candidate.startsWith('+1') && candidate.length !== 12) return null;
  return candidate;
}
