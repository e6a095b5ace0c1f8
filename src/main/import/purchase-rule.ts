/** Financial statuses (Shopify's, plus the words other platforms use) after which an order is no sale. */
const NOT_A_PURCHASE = new Set(['voided', 'expired', 'refunded', 'cancelled', 'canceled', 'failed', 'void', 'declined']);

/**
 * The counting rule: a purchase is an order that is not cancelled and whose financial status is not
 * voided, expired or refunded (pending and authorized count: cash on delivery); its value is the
 * total minus the refunded amount.
 */
export function purchaseOf(order: { financialStatus: string | null; cancelledAt: string | null; totalCents: number; refundedCents: number }): { isPurchase: 0 | 1; netCents: number } {
  const status = order.financialStatus?.toLowerCase() ?? '';
  const isPurchase = order.cancelledAt === null && !NOT_A_PURCHASE.has(status) ? 1 : 0;
  return { isPurchase, netCents: order.totalCents - order.refundedCents };
}
