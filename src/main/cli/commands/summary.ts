import type { CliCommand } from '../command.ts';
import type { LifecycleOverview } from '../../../shared/domain/lifecycle.ts';

export const summaryCommand: CliCommand = {
  name: 'summary',
  usage: 'regulars summary [--db <path>] [--as-of YYYY-MM-DD] [--json]',
  description: 'Orders, purchases, customers and sales of the shop; customers per lifecycle stage and the stage thresholds (days, or purchases for loyal, with their source).',
  options: { 'as-of': { type: 'string' } },
  async run(ctx) {
    const asOf = ctx.values['as-of'] as string | undefined;
    const shop = await ctx.call('shop.summary', asOf ? { asOf } : {});
    const overview = await ctx.call('lifecycle.overview', asOf ? { asOf } : {});
    const summary = { ...shop, stages: stageCounts(overview), thresholds: thresholdSummary(overview) };
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(summary, null, 2));
    } else {
      for (const [key, value] of Object.entries(shop)) ctx.io.out(`${key.padEnd(20)} ${Array.isArray(value) ? value.join(', ') : String(value)}`);
      for (const [stage, count] of Object.entries(summary.stages)) ctx.io.out(`${`stage ${stage}`.padEnd(20)} ${count}`);
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
