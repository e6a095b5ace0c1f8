/** Shopify writes some zips, phones and ids with one leading apostrophe (`'90503`); strip it. */
export function stripApostrophe(text: string): string {
  return text.charCodeAt(0) === 39 ? text.slice(1) : text;
}

/** Trimmed text, or null when blank. */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** `7.02255E+12`: what a spreadsheet makes of a long number id. */
export function looksLikeSpreadsheetNumber(text: string): boolean {
  return /^-?\d+(\.\d+)?E\+?\d+$/i.test(text.trim());
}

/** yes/true/1/subscribed -> 1, no/false/0/unsubscribed -> 0, otherwise null. */
export function parseYesNo(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (t === 'yes' || t === 'true' || t === '1' || t === 'y' || t === 'subscribed' || t === 'opted_in') return 1;
  if (t === 'no' || t === 'false' || t === '0' || t === 'n' || t === 'unsubscribed' || t === 'not_subscribed' || t === 'never subscribed') return 0;
  return null;
}
