import { resolve } from 'node:path';
import { CliError, type CliCommand } from '../command.ts';

const ACTIONS = ['import', 'list'] as const;

/** `regulars spend import <file>` and `regulars spend list`: marketing spend per month and channel, as on the Spend page. */
export const spendCommand: CliCommand = {
  name: 'spend',
  usage: 'regulars spend import <month,channel,spend CSV> [--db <path>] [--json] | regulars spend list [--db <path>] [--json]',
  description: 'Marketing spend per month and channel, the basis of CAC, LTV:CAC and payback in `regulars economics`. `import` adds or replaces the months and channels in the file; other entries stay.',
  options: {},
  writes: ({ positionals }) => positionals[0] === 'import',
  async run(ctx) {
    const [action, ...rest] = ctx.positionals;
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) throw new CliError(`spend needs an action: ${ACTIONS.join(' or ')} (got "${action ?? ''}")`, 2);
    if (action === 'import') {
      if (rest.length !== 1) throw new CliError('spend import takes one CSV file with the columns month,channel,spend', 2);
      const { spend, imported } = await ctx.call('economics.importSpend', { path: resolve(rest[0]) });
      if (ctx.values.json) ctx.io.out(JSON.stringify({ imported, spend }, null, 2));
      else ctx.io.out(`imported ${imported} month and channel ${imported === 1 ? 'entry' : 'entries'}; ${spend.length} in total`);
      return 0;
    }
    if (rest.length > 0) throw new CliError('spend list takes no file', 2);
    const { spend, links } = await ctx.call('economics.spend', {});
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify({ spend, links }, null, 2));
      return 0;
    }
    if (spend.length === 0) ctx.io.out('no spend entered yet: regulars spend import spend.csv (columns month,channel,spend)');
    for (const s of spend) ctx.io.out(`${s.month}  ${s.channel.padEnd(24)} ${s.spend.toFixed(2).padStart(12)}`);
    return 0;
  },
};
