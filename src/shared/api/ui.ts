import { z } from 'zod';
import { request } from './define.ts';
import { isoDay } from './schemas.ts';
import type { ImportFileResult } from '../domain/imports.ts';

/** What the UI needs on every screen to format money, and the dashboard's sales figures; one quick pass over the orders. */
export interface ShopTotals {
  asOf: string | null;
  /** The shop's currency when all orders share one; null when there are none or several. */
  currency: string | null;
  orders: number;
  /** Net revenue of counted purchases, in currency units. */
  netSales: number;
}

/** Requests the desktop UI needs beyond the domain files. */
export const uiRequests = {
  /** Import the bundled sample store (resources/sample/*.csv), so a new user can look around before using their own data. */
  'samples.importSampleStore': request<{ jobId: string; results: ImportFileResult[] }>()(z.object({}).strict()),
  'ui.shopTotals': request<ShopTotals>()(z.object({ asOf: isoDay.optional() }).strict()),
};
