import { CliError, type CliCommand } from '../command.ts';
import { positiveInteger } from './model.ts';

export const backtestCommand: CliCommand = {
  name: 'backtest',
  usage: 'regulars backtest --calibration-end YYYY-MM-DD [--holdout-days N] [--db <path>] [--json]',
  description: 'How accurate are the predictions for this shop: fit up to a day, predict the following days, compare with what happened.',
  options: { 'calibration-end': { type: 'string' }, 'holdout-days': { type: 'string' } },
  async run(ctx) {
    const calibrationEnd = ctx.values['calibration-end'] as string | undefined;
    if (!calibrationEnd) throw new CliError('--calibration-end YYYY-MM-DD is required', 2);
    const holdoutDays = positiveInteger(ctx.values['holdout-days'], 'holdout-days');
    const result = await ctx.call('model.backtest', holdoutDays === undefined ? { calibrationEnd } : { calibrationEnd, holdoutDays });
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    ctx.io.out(`calibration up to ${result.calibrationEnd}, holdout ${result.holdoutDays} days to ${result.holdoutEnd} (model verdict: ${result.fit.verdict})`);
    ctx.io.out('repeat purchases  customers  predicted  actual   (mean purchases in the holdout)');
    for (const row of result.rows) {
      ctx.io.out(`${(row.repeatPurchases === 7 ? '7+' : String(row.repeatPurchases)).padStart(16)}  ${String(row.customers).padStart(9)}  ${row.meanPredicted.toFixed(3).padStart(9)}  ${row.meanActual.toFixed(3).padStart(6)}`);
    }
    ctx.io.out(`total: predicted ${result.totals.predicted.toFixed(1)}, actual ${result.totals.actual} purchases by ${result.totals.customers} customers`);
    const { lapsed } = result;
    ctx.io.out(`flagged lapsed (P(alive) < ${lapsed.threshold}): ${lapsed.flagged}, of whom ${lapsed.correctlyFlagged} bought nothing${lapsed.share === null ? '' : ` (${(lapsed.share * 100).toFixed(1)}%)`}`);
    return 0;
  },
};
