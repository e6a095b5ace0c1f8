/**
 * A status as one word, the way the purchase rule reads it: lower case, WooCommerce's `wc-` prefix dropped,
 * spaces as hyphens, and the labels WooCommerce shows for its slugs (`Pending payment` -> `pending`,
 * `On hold` -> `on-hold`). Null when blank.
 */
export function statusSlug(text: string): string | null {
  const slug = text.trim().toLowerCase().replace(/^wc-/, '').replace(/\s+/g, '-');
  if (slug === '') return null;
  return slug === 'pending-payment' ? 'pending' : slug;
}

/** WooCommerce's `Customer type`: `new` or `returning`, else null. */
export function customerTypeOf(text: string): 'new' | 'returning' | null {
  const t = text.trim().toLowerCase();
  return t === 'new' || t === 'returning' ? t : null;
}
