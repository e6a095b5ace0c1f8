import { resolve } from 'node:path';
import { CliError, type CliCommand } from '../command.ts';

/** `regulars costs import <file>` and `regulars costs list`: unit costs per product, for the contribution margin. */
export const costsCommand: CliCommand = {
  name: 'costs',
  usage: 'regulars costs import <sku or product title, unit cost CSV> [--db <path>] [--json] | regulars costs list [--db <path>] [--json]',
  description: 'Unit costs per product (by SKU or product title) for the contribution margin behind LTV, LTV:CAC and payback in `regulars economics`; products without one use the goods margin (--goods-margin).',
  options: {},
  writes: ({ positionals }) => positionals[0] === 'import',
  async run(ctx) {
    const [action, ...rest] = ctx.positionals;
    if (action === 'import') {
      if (rest.length !== 1) throw new CliError('costs import takes one CSV file with a column sku (or product title) and a column unit cost', 2);
      const { costs, imported } = await ctx.call('economics.importCosts', { path: resolve(rest[0]) });
      if (ctx.values.json) ctx.io.out(JSON.stringify({ imported, costs }, null, 2));
      else ctx.io.out(`imported ${imported} product ${imported === 1 ? 'cost' : 'costs'}; ${costs.length} in total`);
      return 0;
    }
    if (action !== 'list') throw new CliError(`costs needs an action: import or list (got "${action ?? ''}")`, 2);
    const costs = await ctx.call('economics.costs', {});
    if (ctx.values.json) ctx.io.out(JSON.stringify({ costs }, null, 2));
    else if (costs.length === 0) ctx.io.out('no product costs yet: regulars costs import costs.csv (columns sku or product title, unit cost)');
    else for (const c of costs) ctx.io.out(`${c.product.padEnd(40)} ${c.unitCost.toFixed(2).padStart(10)}`);
    return 0;
  },
};
