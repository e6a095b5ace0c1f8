/**
 * Money as integer minor units. `parseMoneyCents` takes what shops and spreadsheets write:
 * `1234.5`, `$1,234.50`, `1.234,50 €`, `EUR 12`, `(12.00)` and `-12.00`. Returns null when the text is
 * not an amount. Blank text is 0 only where the caller decides so.
 */
export function parseMoneyCents(text: string): number | null {
  const plain = Number(text);
  if (text.length > 0 && Number.isFinite(plain) && !/[eExX]/.test(text)) return cents(plain * 100);
  let s = text.trim();
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(/^[^\d.,+-]+|[^\d.,]+$/g, '').replace(/[\s\u00a0\u202f']/g, '');
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
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
