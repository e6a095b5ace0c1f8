import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { shopSummary } from '../shop/shop-summary.ts';

export function shopHandlers(ctx: CoreContext): Pick<Handlers, 'shop.summary'> {
  return {
    'shop.summary': ({ asOf }) => shopSummary(ctx.read, asOf),
  };
}
