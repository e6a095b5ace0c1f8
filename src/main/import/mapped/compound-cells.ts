import type { LineItemValues } from '../store/order-types.ts';
import { orNull } from '../values/text-cleanup.ts';

/** Etsy's `Buyer`: `Full Name (username)`; either part may be missing. */
export function parseBuyer(text: string): { name: string | null; username: string | null } {
  const t = text.trim();
  const m = /^(.*?)\s*\(([^()]+)\)$/.exec(t);
  if (!m) return { name: orNull(t), username: null };
  return { name: orNull(m[1]), username: orNull(m[2]) };
}

/** `2× Product name` (also `2x`, `2 ×`) at the start of a list entry. */
const ENTRY = /^(\d+)\s*[×xX]\s+(.+)$/;

/**
 * WooCommerce Analytics' `Product(s)`: `2× Product name, 1× Other`. A product name may hold commas, so
 * the list is split only before a `N×` that starts the next entry. Quantities not given are 1; prices
 * are not in the cell (0).
 */
export function parseProductList(text: string): LineItemValues[] {
  const t = text.trim();
  if (t === '') return [];
  return t.split(/,\s*(?=\d+\s*[×xX]\s)/).flatMap((entry) => {
    const m = ENTRY.exec(entry.trim());
    const title = orNull(m ? m[2] : entry);
    return title ? [{ productTitle: title, variant: null, sku: null, quantity: m ? Number(m[1]) : 1, priceCents: 0, vendor: null }] : [];
  });
}
