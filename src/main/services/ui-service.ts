import type { CoreContext } from '../core/context.ts';
import type { Handlers } from '../../shared/api/index.ts';

/** Sales totals and currency in one scan of the orders table (no per-customer work), so every screen can ask for them cheaply. */
export function uiHandlers(ctx: CoreContext): Pick<Handlers, 'ui.shopTotals'> {
  return {
    'ui.shopTotals': ({ asOf }) => {
      const row = ctx.read
        .prepare(
          `SELECT count(*) AS orders,
                  coalesce(sum(net_cents) FILTER (WHERE is_purchase = 1), 0) AS net,
                  min(currency) AS first_currency,
                  max(currency) AS last_currency
             FROM orders WHERE created_day <= ?`,
        )
        .get(asOf ?? '9999-12-31') as { orders: number; net: number; first_currency: string | null; last_currency: string | null };
      return {
        asOf: asOf ?? null,
        currency: row.first_currency !== null && row.first_currency === row.last_currency ? row.first_currency : null,
        orders: row.orders,
        netSales: row.net / 100,
      };
    },
  };
}
