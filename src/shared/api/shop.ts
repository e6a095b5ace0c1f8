import { z } from 'zod';
import { request } from './define.ts';
import { isoDay } from './schemas.ts';
import type { ShopSummary } from '../domain/shop-summary.ts';

export const shopRequests = {
  'shop.summary': request<ShopSummary>()(z.object({ asOf: isoDay.optional() }).strict()),
};
