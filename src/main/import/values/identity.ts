/** An e-mail as the identity rule sees it: trimmed and case-folded, or null when blank or not an address. */
export function normalizeEmail(text: string | null | undefined): string | null {
  if (!text) return null;
  const email = text.trim().toLowerCase();
  return email.includes('@') ? email : null;
}

/** The digits of a phone number, or null when it has none. */
export function phoneDigits(text: string | null | undefined): string | null {
  if (!text) return null;
  const digits = text.replace(/\D+/g, '');
  return digits === '' ? null : digits;
}

/** The first non-blank text among candidates. */
export function firstNonBlank(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) if (c && c.trim() !== '') return c.trim();
  return null;
}

/**
 * The key a customer is stored under: `email:<address>`, else `phone:<digits>` (of the first
 * non-blank phone), else `ref:<source>:<id>` for files that carry only a buyer id, else null
 * (an unidentified order).
 */
export function identityKey(email: string | null, phones: (string | null | undefined)[], ref?: { source: string; id: string | null }): string | null {
  const e = normalizeEmail(email);
  if (e) return `email:${e}`;
  const digits = phoneDigits(firstNonBlank(...phones));
  if (digits) return `phone:${digits}`;
  if (ref?.id) {
    const asEmail = normalizeEmail(ref.id);
    return asEmail ? `email:${asEmail}` : `ref:${ref.source}:${ref.id.trim()}`;
  }
  return null;
}

/**
 * The key of a customer known only by name (`name:<store>:<name>`, the name trimmed, case-folded, its
 * spaces collapsed): for exports with no e-mail, phone or customer id at all (WooCommerce Analytics).
 */
export function nameKey(source: string, name: string): string {
  return `name:${source}:${name.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}
