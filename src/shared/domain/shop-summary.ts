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
