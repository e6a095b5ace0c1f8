import type { CliCommand } from '../command.ts';

export const summaryCommand: CliCommand = {
  name: 'summary',
  usage: 'regulars summary [--db <path>] [--as-of YYYY-MM-DD] [--json]',
  description: 'Orders, purchases, customers and sales of the shop.',
  options: { 'as-of': { type: 'string' } },
  async run(ctx) {
    const asOf = ctx.values['as-of'] as string | undefined;
    const summary = await ctx.call('shop.summary', asOf ? { asOf } : {});
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(summary, null, 2));
    } else {
      for (const [key, value] of Object.entries(summary)) ctx.io.out(`${key.padEnd(20)} ${Array.isArray(value) ? value.join(', ') : String(value)}`);
    }
    return 0;
  },
};
