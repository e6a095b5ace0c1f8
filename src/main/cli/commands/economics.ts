import type { CliCommand } from '../command.ts';

const money = (value: number | null) => (value === null ? '-' : value.toFixed(2));

export const economicsCommand: CliCommand = {
  name: 'economics',
  usage: 'regulars economics [--db <path>] [--as-of YYYY-MM-DD] [--json]',
  description: 'CAC, LTV at 3/6/12 months, LTV:CAC, payback, and revenue from new vs returning customers, by month.',
  options: { 'as-of': { type: 'string' } },
  async run(ctx) {
    const asOf = ctx.values['as-of'] as string | undefined;
    const report = await ctx.call('economics.report', asOf ? { asOf } : {});
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    ctx.io.out('month    channel          new   spend      CAC   LTV3    LTV6    LTV12   LTV:CAC payback');
    for (const row of report.acquisition) {
      const [l3, l6, l12] = row.ltv.map((l) => money(l.actual + (l.predictedRemainder ?? 0)));
      ctx.io.out(
        `${row.month}  ${row.channel.padEnd(15).slice(0, 15)} ${String(row.newCustomers).padStart(4)} ${money(row.spend).padStart(8)} ${money(row.cac).padStart(8)} ${l3.padStart(7)} ${l6.padStart(7)} ${l12.padStart(7)} ${(row.ltvToCac === null ? '-' : row.ltvToCac.toFixed(2)).padStart(7)} ${row.paybackMonths ?? '-'}`,
      );
    }
    ctx.io.out('');
    ctx.io.out('month    new revenue  returning revenue  returning share  repeat purchase rate');
    for (const row of report.revenueMix) {
      const pct = (v: number | null) => (v === null ? '-' : `${(v * 100).toFixed(1)}%`);
      ctx.io.out(`${row.month}  ${money(row.newRevenue).padStart(11)}  ${money(row.returningRevenue).padStart(17)}  ${pct(row.returningShare).padStart(15)}  ${pct(row.repeatPurchaseRate).padStart(20)}`);
    }
    return 0;
  },
};
