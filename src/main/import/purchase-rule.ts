/** Financial statuses (Shopify's, plus the words other platforms use) after which an order is no sale. */
const NOT_A_PURCHASE = new Set(['voided', 'expired', 'refunded', 'cancelled', 'canceled', 'failed', 'void', 'declined']);

/**
 * WooCommerce's statuses that are no sale, as its own Analytics counts them by default: pending payment
 * (an order nobody paid for, usually an abandoned checkout), failed, cancelled, refunded, and the drafts
 * and trash of its block checkout. `on-hold` (awaiting a bank transfer) and `processing` are sales.
 */
const WOOCOMMERCE_NOT_A_PURCHASE = new Set([...NOT_A_PURCHASE, 'pending', 'checkout-draft', 'draft', 'trash']);

/**
 * The counting rule: a purchase is an order that is not cancelled and whose financial status is not
 * voided, expired or refunded (pending and authorized count: cash on delivery; on WooCommerce `pending`
 * means unpaid and does not); its value is the total minus the refunded amount.
 */
export function purchaseOf(order: { platform: string; financialStatus: string | null; cancelledAt: string | null; totalCents: number; refundedCents: number }): { isPurchase: 0 | 1; netCents: number } {
  const status = order.financialStatus?.toLowerCase() ?? '';
  const notAPurchase = order.platform === 'woocommerce' ? WOOCOMMERCE_NOT_A_PURCHASE : NOT_A_PURCHASE;
  const isPurchase = order.cancelledAt === null && !notAPurchase.has(status) ? 1 : 0;
  return { isPurchase, netCents: order.totalCents - order.refundedCents };
}
