import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { shopSales } from '../shop/shop-summary.ts';
import { lifecycleOverview } from '../engine/read/overview.ts';
import { readLifecycleSettings } from '../engine/settings.ts';
import { shopSources } from '../shop/shop-sources.ts';

export function shopHandlers(ctx: CoreContext): Pick<Handlers, 'shop.summary' | 'shop.sources'> {
  return {
    // As of the day asked for, else the as-of day chosen in Settings (the current view's), else all orders.
    // Prospects are the engine's prospect stage on that day (a store has none: they belong to no store).
    'shop.summary': ({ asOf, source }) => {
      const day = asOf ?? readLifecycleSettings(ctx.read).asOf ?? undefined;
      return {
        ...shopSales(ctx.read, day, source),
        prospects: source === undefined ? (lifecycleOverview(ctx.read, day).stages.find((s) => s.stage === 'prospect')?.customers ?? 0) : 0,
      };
    },
    'shop.sources': () => shopSources(ctx.read),
  };
}
