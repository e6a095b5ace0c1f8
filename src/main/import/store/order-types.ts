/** One order as the importers hand it to the store. Money in cents. */
export interface OrderValues {
  platform: string;
  /** The platform's stable order id (Shopify `Id`), matched first on refresh. */
  externalId: string | null;
  name: string | null;
  /** Unique per order: `<platform>:<name or mapped id>`. */
  matchKey: string;
  email: string | null;
  phone: string | null;
  createdAt: string;
  createdMs: number;
  createdDay: string;
  currency: string | null;
  subtotalCents: number | null;
  shippingCents: number | null;
  taxesCents: number | null;
  totalCents: number;
  discountCode: string | null;
  discountCents: number | null;
  refundedCents: number;
  financialStatus: string | null;
  fulfillmentStatus: string | null;
  cancelledAt: string | null;
  acceptsMarketing: number | null;
  sourceChannel: string | null;
  tags: string | null;
  paymentMethod: string | null;
  billingCity: string | null;
  billingProvince: string | null;
  billingCountry: string | null;
  shippingCity: string | null;
  shippingProvince: string | null;
  shippingCountry: string | null;
  /** The export's own `new` / `returning` for the order's customer (WooCommerce Analytics), kept to compare. */
  exportCustomerType?: 'new' | 'returning' | null;
}

export interface LineItemValues {
  productTitle: string | null;
  variant: string | null;
  sku: string | null;
  quantity: number;
  priceCents: number;
  vendor: string | null;
}

/** What an order tells about its customer. */
export interface CustomerValues {
  identityKey: string;
  email: string | null;
  phone: string | null;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  zip: string | null;
  acceptsEmailMarketing: number | null;
  acceptsSmsMarketing: number | null;
  externalCustomerId: string | null;
}

/** What a row of a customers export tells: what an order can tell, and the export's own fields. */
export interface ExportedCustomerValues extends CustomerValues {
  tags: string | null;
  note: string | null;
  exportTotalSpentCents: number | null;
  exportTotalOrders: number | null;
}

export type OrderOutcome = 'added' | 'updated' | 'unchanged';
