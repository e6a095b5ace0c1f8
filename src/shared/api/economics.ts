import { z } from 'zod';
import { request } from './define.ts';
import { filePath, isoDay } from './schemas.ts';
import { marginSettingLimits, RESERVED_CHANNELS, type ChannelLink, type EconomicsReport, type MarginSettings, type ProductCost, type SpendEntry } from '../domain/economics.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM');
const channel = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((name) => !RESERVED_CHANNELS.includes(name.toLowerCase()), 'this name is used by Regulars itself: choose another channel name');
const spendEntry = z.object({ month, channel, spend: z.number().finite().min(0).max(1e12) }).strict();
const channelLink = z.object({ matchKind: z.enum(['source', 'discount_code']), pattern: z.string().trim().min(1).max(200), channel }).strict();

const marginSetting = (name: keyof MarginSettings) => z.number().finite().min(marginSettingLimits[name].min).max(marginSettingLimits[name].max).optional();

export const economicsRequests = {
  'economics.report': request<EconomicsReport>()(z.object({ asOf: isoDay.optional() }).strict()),
  'economics.spend': request<{ spend: SpendEntry[]; links: ChannelLink[] }>()(z.object({}).strict()),
  /** Sets these month/channel amounts (0 removes one); other entries stay. */
  'economics.saveSpend': request<{ spend: SpendEntry[] }>()(z.object({ entries: z.array(spendEntry).max(5000) }).strict()),
  /** Reads a `month,channel,spend` CSV and saves it like saveSpend. */
  'economics.importSpend': request<{ spend: SpendEntry[]; imported: number }>()(z.object({ path: filePath }).strict()),
  /** Reads a costs CSV (`sku or product title, unit cost`) and adds or replaces those products' unit costs. */
  'economics.importCosts': request<{ costs: ProductCost[]; imported: number }>()(z.object({ path: filePath }).strict()),
  'economics.costs': request<ProductCost[]>()(z.object({}).strict()),
  /** What turns revenue into contribution margin for LTV, LTV:CAC and payback. */
  'economics.marginSettings': request<MarginSettings>()(z.object({}).strict()),
  'economics.saveMarginSettings': request<MarginSettings>()(
    z
      .object({ goodsMargin: marginSetting('goodsMargin'), shippingCostPerOrder: marginSetting('shippingCostPerOrder'), paymentFeeRate: marginSetting('paymentFeeRate'), paymentFeeFixed: marginSetting('paymentFeeFixed') })
      .strict(),
  ),
  'economics.saveLinks': request<{ links: ChannelLink[] }>()(z.object({ links: z.array(channelLink).max(500) }).strict()),
};
