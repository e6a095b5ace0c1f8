/** The shop at a glance, as of a date (issue: import, CLI `summary`). Money in the shop's currency units. */
export interface ShopSummary {
  asOf: string | null;
  orders: number;
  purchases: number;
  customers: number;
  prospects: number;
  unidentifiedOrders: number;
  grossSales: number;
  refunds: number;
  netSales: number;
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
