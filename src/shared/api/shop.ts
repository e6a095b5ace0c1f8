import { z } from 'zod';
import { request } from './define.ts';
import { isoDay } from './schemas.ts';
import type { ShopSources, ShopSummary } from '../domain/shop-summary.ts';

/** A store the orders came from: the platform name orders are stored under (`shopify`, `etsy`, ...). */
export const orderSource = z.string().min(1).max(40);

export const shopRequests = {
  /** The shop's figures, or one store's (`source`) when it sells in several. */
  'shop.summary': request<ShopSummary>()(z.object({ asOf: isoDay.optional(), source: orderSource.optional() }).strict()),
  /** Each store's orders, purchases, net sales and customers, and the customers who bought in several. */
  'shop.sources': request<ShopSources>()(z.object({}).strict()),
};
