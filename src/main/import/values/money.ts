/** A currency written beside an amount: `$`, `US$`, `€`, `₹`, `EUR`, `Rs.`, `zł`, `kr` (at most four characters). */
const CURRENCY = /^[\p{L}\p{Sc}.]{0,4}$/u;

/** An amount with whatever stands before and after it: sign, currency, parentheses, spaces. */
const AMOUNT = /^(.*?)((?:\d|[.,]\d)[\d.,\s\u00a0\u202f']*)(.*)$/u;

/**
 * Money as integer minor units. `parseMoneyCents` takes what shops and spreadsheets write:
 * `1234.5`, `$1,234.50`, `$38.52 ` (a trailing space), `₹1,23,456.00`, `1.234,50 €`, `1 234,50 zł`,
 * `CHF 1'234.50`, `EUR 12`, `(12.00)`, `-12.00`, `-$12.00`, `$-12.00` and `12.00-`. Returns null when
 * the text is not an amount. Blank text is 0 only where the caller decides so.
 */
export function parseMoneyCents(text: string): number | null {
  const plain = Number(text);
  if (text.length > 0 && Number.isFinite(plain) && !/[eExX]/.test(text)) return cents(plain * 100);
  let t = text.trim().replaceAll('\u2212', '-');
  if (t === '') return null;
  let negative = false;
  if (t.startsWith('(') && t.endsWith(')')) {
    negative = true;
    t = t.slice(1, -1);
  }
  const parts = AMOUNT.exec(t);
  if (!parts) return null;
  const signs = (side: string) => side.replace(/[\s\u00a0\u202f]/g, '');
  let before = signs(parts[1]);
  let after = signs(parts[3]);
  let sign = 0;
  if (before.startsWith('-') || before.startsWith('+')) {
    sign += before[0] === '-' ? 1 : 0;
    before = before.slice(1);
  } else if (before.endsWith('-') || before.endsWith('+')) {
    sign += before.endsWith('-') ? 1 : 0;
    before = before.slice(0, -1);
  }
  if (after.endsWith('-')) {
    sign += 1;
    after = after.slice(0, -1);
  }
  if (sign > 1 || !CURRENCY.test(before) || !CURRENCY.test(after) || (before !== '' && after !== '')) return null;
  if (sign === 1) negative = !negative;
  const s = parts[2].replace(/[\s\u00a0\u202f']/g, '');
  if (!/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    normalized = lastDot > lastComma ? s.replaceAll(',', '') : s.replaceAll('.', '').replace(',', '.');
  } else if (lastComma >= 0) {
    const decimals = s.length - lastComma - 1;
    normalized = s.indexOf(',') === lastComma && decimals <= 2 ? s.replace(',', '.') : s.replaceAll(',', '');
  } else {
    const decimals = s.length - lastDot - 1;
    normalized = lastDot >= 0 && s.indexOf('.') !== lastDot && decimals === 3 ? s.replaceAll('.', '') : s;
  }
  if (!/^\d*(\.\d*)?$/.test(normalized)) return null;
  const value = cents(Number(normalized) * 100);
  if (value === null) return null;
  return negative ? -value : value;
}

/** Whole cents, or null when the amount is too large to store exactly (SQLite INTEGER, JS safe integer). */
function cents(hundredths: number): number | null {
  const value = Math.round(hundredths);
  return Number.isSafeInteger(value) ? value : null;
}
