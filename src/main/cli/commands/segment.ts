import { CliError, type CliCommand } from '../command.ts';

/** `regulars segment --where RULE [--name NAME]`: counts a rule of the segment language (docs/segments.md) and saves it when named. */
export const segmentCommand: CliCommand = {
  name: 'segment',
  usage: 'regulars segment --where <rule> [--name <name>] [--db <path>] [--json]',
  description:
    'Counts the customers a rule selects, e.g. --where \'bought "Green Tea" and net_value > 100 and last_purchase < 90 days ago and accepts_email\' (the language: docs/segments.md). With --name, saves the rule as a segment, to export with --audience segment:<name>.',
  options: {
    where: { type: 'string' },
    name: { type: 'string' },
  },
  writes: ({ values }) => values.name !== undefined,
  async run(ctx) {
    const rule = ctx.values.where as string | undefined;
    if (rule === undefined) throw new CliError(`--where is required.\nUsage: ${segmentCommand.usage}`, 2);
    const name = ctx.values.name as string | undefined;
    const result = name === undefined ? await ctx.call('segments.count', { rule }) : await ctx.call('segments.save', { name, rule });
    const count = 'count' in result ? result.count : result.size;
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify({ count, rule: result.rule, ...(name === undefined ? {} : { name: (result as { name: string }).name, saved: true }) }, null, 2));
      return 0;
    }
    ctx.io.out(`${count} ${count === 1 ? 'customer' : 'customers'}: ${result.rule}`);
    if (name !== undefined) ctx.io.out(`Saved as "${(result as { name: string }).name}"; export it with --audience "segment:${(result as { name: string }).name}".`);
    return 0;
  },
};

/** `regulars segments`: the saved segments with their size now and the change since before the last import. */
export const segmentsCommand: CliCommand = {
  name: 'segments',
  usage: 'regulars segments [--db <path>] [--json]',
  description: 'Lists the saved segments with how many customers each holds now and the change since before the last import.',
  options: {},
  async run(ctx) {
    const segments = await ctx.call('segments.list', {});
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(segments.map(({ name, rule, size, change }) => ({ name, rule, count: size, change })), null, 2));
      return 0;
    }
    if (segments.length === 0) ctx.io.out('No saved segments yet: save one with regulars segment --where <rule> --name <name>.');
    for (const s of segments) {
      const change = s.change === null ? '' : ` (${s.change >= 0 ? '+' : ''}${s.change} since before the last import)`;
      ctx.io.out(`${s.name}: ${s.size} ${s.size === 1 ? 'customer' : 'customers'}${change} — ${s.rule}`);
    }
    return 0;
  },
};
