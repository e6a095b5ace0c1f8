import { CliError, type CliCommand } from '../command.ts';

const fixed = (value: number | null | undefined, digits = 4) => (value === null || value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits));

export const modelCommand: CliCommand = {
  name: 'model',
  usage: 'regulars model [--db <path>] [--as-of YYYY-MM-DD] [--json]',
  description: 'BG/NBD and Pareto/NBD (repeat purchases; the shop\'s own backtest chooses one) and Gamma-Gamma (order value) fitted to the shop, with how far to trust them.',
  options: { 'as-of': { type: 'string' } },
  async run(ctx) {
    const asOf = ctx.values['as-of'] as string | undefined;
    const fit = await ctx.call('model.summary', asOf ? { asOf } : {});
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(fit, null, 2));
      return 0;
    }
    const bg = fit.bgnbd;
    const gg = fit.gammaGamma;
    ctx.io.out(`as of              ${fit.asOf ?? '-'}`);
    ctx.io.out(`time unit          ${fit.timeUnitDays} days`);
    ctx.io.out(`customers          ${fit.customers} (${fit.repeatCustomers} repeat buyers)`);
    if (bg) {
      const se = bg.standardErrors;
      ctx.io.out(`BG/NBD             r=${fixed(bg.r)} (±${fixed(se?.r)})  alpha=${fixed(bg.alpha)} (±${fixed(se?.alpha)})  a=${fixed(bg.a)} (±${fixed(se?.a)})  b=${fixed(bg.b)} (±${fixed(se?.b)})  log-lik ${fixed(bg.logLik, 2)}`);
    }
    const pn = fit.paretoNbd;
    if (pn) {
      const se = pn.standardErrors;
      ctx.io.out(`Pareto/NBD         r=${fixed(pn.r)} (±${fixed(se?.r)})  alpha=${fixed(pn.alpha)} (±${fixed(se?.alpha)})  s=${fixed(pn.s)} (±${fixed(se?.s)})  beta=${fixed(pn.beta)} (±${fixed(se?.beta)})  log-lik ${fixed(pn.logLik, 2)}`);
    }
    const { choice } = fit;
    const why = choice.reason ? `: ${choice.reason.code}${choice.reason.params ? ` ${JSON.stringify(choice.reason.params)}` : ''}` : '';
    ctx.io.out(fit.chosenModel ? `purchase model     ${fit.chosenModel} (chosen by ${choice.basis}${why})` : `purchase model     none, historical figures only${why}`);
    if (choice.basis === 'backtest' || choice.naive) {
      const score = (s: typeof choice.naive) => (s ? `error per customer ${fixed(s.meanAbsoluteError, 3)}, total ${fixed(s.predictedTotal, 1)} vs ${fixed(s.actualTotal, 0)}` : '-');
      ctx.io.out(`backtest           ${choice.holdoutDays} days after ${choice.calibrationEnd}, ${choice.customers} customers`);
      ctx.io.out(`  BG/NBD           ${score(choice.bgnbd)}`);
      ctx.io.out(`  Pareto/NBD       ${score(choice.paretoNbd)}`);
      ctx.io.out(`  naive            ${score(choice.naive)}`);
    }
    if (gg) {
      const se = gg.standardErrors;
      ctx.io.out(`Gamma-Gamma        p=${fixed(gg.p)} (±${fixed(se?.p)})  q=${fixed(gg.q)} (±${fixed(se?.q)})  gamma=${fixed(gg.gamma, 2)} (±${fixed(se?.gamma, 2)})  mean order value ${fixed(gg.populationMeanOrderValue, 2)}`);
    }
    ctx.io.out(`spend vs frequency correlation ${fixed(fit.spendFrequencyCorrelation, 3)}`);
    ctx.io.out(`verdict            ${fit.verdict}${fit.reasons.length ? `: ${fit.reasons.map((r) => r.code + (r.params ? ` ${JSON.stringify(r.params)}` : '')).join('; ')}` : ''}`);
    return 0;
  },
};

/** Parses a positive whole number option, naming it on error. */
export function positiveInteger(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--${option} must be a whole number of days, 1 or more (got "${String(value)}")`, 2);
  return n;
}
