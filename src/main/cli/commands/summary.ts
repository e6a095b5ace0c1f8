import type { CliCommand } from '../command.ts';
import type { LifecycleOverview } from '../../../shared/domain/lifecycle.ts';

export const summaryCommand: CliCommand = {
  name: 'summary',
  usage: 'regulars summary [--db <path>] [--as-of YYYY-MM-DD] [--source <store>] [--json]',
  description:
    'Orders, purchases, customers and sales of the shop (or of one store with --source shopify|woocommerce|etsy|square|...); customers per lifecycle stage and the stage thresholds (days, or purchases for loyal, with their source); each store\'s figures when the orders came from several.',
  options: { 'as-of': { type: 'string' }, source: { type: 'string' } },
  async run(ctx) {
    const asOf = ctx.values['as-of'] as string | undefined;
    const source = ctx.values.source as string | undefined;
    const shop = await ctx.call('shop.summary', { ...(asOf ? { asOf } : {}), ...(source ? { source } : {}) });
    const overview = await ctx.call('lifecycle.overview', asOf ? { asOf } : {});
    const stores = await ctx.call('shop.sources', {});
    const bySource = stores.sources.length > 1 && !source ? stores : null;
    const summary = { ...shop, ...bySource, stages: stageCounts(overview), thresholds: thresholdSummary(overview) };
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(summary, null, 2));
    } else {
      for (const [key, value] of Object.entries(shop)) ctx.io.out(`${key.padEnd(20)} ${Array.isArray(value) ? value.join(', ') : String(value)}`);
      ctx.io.out(`${'gross to net'.padEnd(20)} ${shop.grossSales} gross − ${shop.cancelledSales} not sold (cancelled, voided, refunded) − ${shop.refunds} refunds = ${shop.netSales} net`);
      if (shop.shopifyNetSales !== null) ctx.io.out(`${'Shopify net sales'.padEnd(20)} ${shop.shopifyNetSales} (subtotals less refunds, without shipping and taxes, as Shopify Analytics counts them)`);
      if (bySource) {
        for (const s of bySource.sources) ctx.io.out(`${`store ${s.source}`.padEnd(20)} ${s.orders} orders, ${s.purchases} purchases, net ${s.netSales}, ${s.customers} customers`);
        ctx.io.out(`${'in several stores'.padEnd(20)} ${bySource.customersInSeveralSources} customers`);
      }
      for (const [stage, count] of Object.entries(summary.stages)) ctx.io.out(`${`stage ${stage}`.padEnd(20)} ${count}`);
      if (asOf && asOf !== overview.latestOrderDay) ctx.io.out(`${'ruler'.padEnd(20)} stages as of ${asOf} use the current view's thresholds, as the stage chart and journeys do (docs/lifecycle.md)`);
      for (const [name, t] of Object.entries(summary.thresholds)) ctx.io.out(`${`threshold ${name}`.padEnd(20)} ${'days' in t ? `${t.days} days` : `${t.purchases} purchases`} (${t.source})`);
    }
    return 0;
  },
};

/** A count for each of the seven stages. */
function stageCounts(overview: LifecycleOverview): Record<string, number> {
  return Object.fromEntries(overview.stages.map((s) => [s.stage, s.customers]));
}

/** Each threshold in days (loyal: in purchases) with its source: data, user, or default (too little history). */
function thresholdSummary({ thresholds: t }: LifecycleOverview) {
  return {
    window: { days: t.window.value, source: t.window.source },
    atRisk: { days: t.atRisk.value, source: t.atRisk.source },
    lapse: { days: t.lapse.value, source: t.lapse.source },
    loyal: { purchases: t.loyal.value, source: t.loyal.source },
  };
}
