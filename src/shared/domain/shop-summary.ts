/** The shop at a glance, as of a date (issue: import, CLI `summary`). Money in the shop's currency units. */
export interface ShopSummary {
  asOf: string | null;
  orders: number;
  purchases: number;
  /** People with at least one counted purchase by then: the sum of the non-prospect stages. */
  customers: number;
  /** People known by then without a purchase: the prospect stage. */
  prospects: number;
  unidentifiedOrders: number;
  /** Total of every order as exported. */
  grossSales: number;
  /** Total less Refunded Amount of the orders that are no purchase (cancelled, voided, expired, refunded): grossSales − cancelledSales − refunds = netSales. */
  cancelledSales: number;
  /** Refunded Amount of every order. */
  refunds: number;
  /** Total less Refunded Amount of the purchases. */
  netSales: number;
  /** Net sales as Shopify Analytics counts them: the purchases' subtotals (after discounts, without shipping and taxes) less their refunds; null when an order has no subtotal (other stores' files). */
  shopifyNetSales: number | null;
  currency: string | null;
  currencies?: string[];
  firstOrderAt: string | null;
  lastOrderAt: string | null;
}

/** One store's share of the shop: the orders that came from it (`source`: the platform, e.g. `etsy`). */
export interface SourceFigures {
  source: string;
  orders: number;
  purchases: number;
  netSales: number;
  customers: number;
}

/** The stores the shop's orders came from, and the customers who bought in more than one of them. */
export interface ShopSources {
  sources: SourceFigures[];
  customersInSeveralSources: number;
}
