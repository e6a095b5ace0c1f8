import { CliError, type CliCommand } from '../command.ts';
import { STAGES } from '../../../shared/domain/lifecycle.ts';

const day = (value: unknown, option: string): string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError(`--${option} must be a date as YYYY-MM-DD (got "${String(value ?? '')}")`, 2);
  return value;
};

export const journeysCommand: CliCommand = {
  name: 'journeys',
  usage: 'regulars journeys --from YYYY-MM-DD --to YYYY-MM-DD [--db <path>] [--json]',
  description: 'How many customers moved from each lifecycle stage on one day to each stage on a later day (rows: stage on --from; columns: stage on --to).',
  options: { from: { type: 'string' }, to: { type: 'string' } },
  async run(ctx) {
    const transitions = await ctx.call('lifecycle.transitions', { from: day(ctx.values.from, 'from'), to: day(ctx.values.to, 'to') });
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify({ ...transitions, stages: STAGES }, null, 2));
      return 0;
    }
    const width = 12;
    ctx.io.out(`${`${transitions.from} \\ ${transitions.to}`.padEnd(24)}${STAGES.map((s) => s.padStart(width)).join('')}`);
    transitions.matrix.forEach((row, i) => ctx.io.out(`${STAGES[i].padEnd(24)}${row.map((n) => String(n).padStart(width)).join('')}`));
    ctx.io.out(`${'(new since from)'.padEnd(24)}${STAGES.map((s) => String(transitions.entered[s]).padStart(width)).join('')}`);
    ctx.io.out(`customers on ${transitions.from}: ${transitions.populationFrom}; on ${transitions.to}: ${transitions.populationTo}`);
    ctx.io.out('Both days use the current view\'s thresholds: rows add up to `summary --as-of FROM`, columns plus the new row to `summary --as-of TO`.');
    return 0;
  },
};
