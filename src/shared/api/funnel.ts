import { z } from 'zod';
import { request } from './define.ts';
import { FUNNEL_RATES, type FunnelRate, type FunnelReport } from '../domain/funnel.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM');
/** A target rate as a fraction: 0.25 is 25%; null removes the target. */
const target = z.number().finite().gt(0).max(10).nullable();

export const funnelRequests = {
  /** The lifecycle funnel per month and over the period (docs/funnel.md); by default the twelve months up to the as-of month. */
  'funnel.report': request<FunnelReport>()(z.object({ from: month.optional(), to: month.optional() }).strict()),
  /** Sets monthly targets per rate; rates not named keep theirs. */
  'funnel.saveTargets': request<{ targets: Partial<Record<FunnelRate, number>> }>()(
    z.object({ targets: z.object(Object.fromEntries(FUNNEL_RATES.map((rate) => [rate, target.optional()])) as Record<FunnelRate, z.ZodOptional<typeof target>>).strict() }).strict(),
  ),
};
