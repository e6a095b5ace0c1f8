import { CliError, type CliCommand } from '../command.ts';
import { marginSettingLimits, type MarginSettings } from '../../../shared/domain/economics.ts';

const MARGIN_OPTIONS = [['goods-margin', 'goodsMargin'], ['shipping-cost', 'shippingCostPerOrder'], ['fee-rate', 'paymentFeeRate'], ['fee-fixed', 'paymentFeeFixed']] as const;

const money = (value: number | null) => (value === null ? '-' : value.toFixed(2));

export const economicsCommand: CliCommand = {
  name: 'economics',
  usage: 'regulars economics [--db <path>] [--as-of YYYY-MM-DD] [--goods-margin 0.4] [--shipping-cost 5] [--fee-rate 0.029] [--fee-fixed 0.3] [--json]',
  description:
    'CAC, LTV at 3/6/12 months, LTV:CAC and payback on contribution margin (revenue without taxes and shipping charged, times the goods margin, less shipping cost and payment fees per order; revenue figures beside them), and revenue from new vs returning customers, by month. The margin options are saved for later reports.',
  options: { 'as-of': { type: 'string' }, 'goods-margin': { type: 'string' }, 'shipping-cost': { type: 'string' }, 'fee-rate': { type: 'string' }, 'fee-fixed': { type: 'string' } },
  writes: ({ values }) => MARGIN_OPTIONS.some(([option]) => values[option] !== undefined),
  async run(ctx) {
    const asOf = ctx.values['as-of'] as string | undefined;
    const change: Partial<MarginSettings> = {};
    for (const [option, key] of MARGIN_OPTIONS) {
      const text = ctx.values[option] as string | undefined;
      if (text === undefined) continue;
      const value = Number(text);
      const { min, max } = marginSettingLimits[key];
      if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) throw new CliError(`--${option} must be a number from ${min} to ${max} (got "${text}")`, 2);
      change[key] = value;
    }
    if (Object.keys(change).length > 0) await ctx.call('economics.saveMarginSettings', change);
    const report = await ctx.call('economics.report', asOf ? { asOf } : {});
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    const m = report.margin;
    ctx.io.out(`LTV, LTV:CAC and payback on contribution margin: goods margin ${(m.goodsMargin * 100).toFixed(1)}% of revenue without taxes and shipping charged, less shipping ${m.shippingCostPerOrder.toFixed(2)} and fees ${(m.paymentFeeRate * 100).toFixed(2)}% + ${m.paymentFeeFixed.toFixed(2)} per order`);
    const pooled = report.totals.pooledMonths;
    ctx.io.out(`LTV:CAC ${report.totals.ltvToCac === null ? '-' : report.totals.ltvToCac.toFixed(2)} over ${pooled.length === 0 ? 'no cohort with both spend and a 12-month LTV yet' : `the cohorts of ${pooled.join(', ')}`}${report.totals.pooledPredicted ? ' (partly predicted)' : ''}; payback ${report.totals.paybackMonths ?? '-'} months`);
    ctx.io.out('month    channel          new   spend      CAC   LTV3    LTV6    LTV12   LTV:CAC payback  (margin per customer; * partly predicted)');
    for (const row of report.acquisition) {
      const [l3, l6, l12] = row.ltv.map((l) => money(l.margin + (l.marginPredictedRemainder ?? 0)));
      ctx.io.out(
        `${row.month}  ${row.channel.padEnd(15).slice(0, 15)} ${String(row.newCustomers).padStart(4)} ${money(row.spend).padStart(8)} ${money(row.cac).padStart(8)} ${l3.padStart(7)} ${l6.padStart(7)} ${l12.padStart(7)} ${(row.ltvToCac === null ? '-' : `${row.ltvToCac.toFixed(2)}${row.ltvBasis === 'predicted' ? '*' : ''}`).padStart(7)} ${row.paybackMonths ?? '-'}`,
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
