import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { shopSummary } from '../shop/shop-summary.ts';
import { shopSources } from '../shop/shop-sources.ts';

export function shopHandlers(ctx: CoreContext): Pick<Handlers, 'shop.summary' | 'shop.sources'> {
  return {
    'shop.summary': ({ asOf, source }) => shopSummary(ctx.read, asOf, source),
    'shop.sources': () => shopSources(ctx.read),
  };
}
