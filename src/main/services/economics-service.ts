import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { economicsReport } from '../economics/economics-report.ts';
import { listChannelLinks, listProductCosts, listSpend } from '../economics/spend-store.ts';
import { readMarginSettings } from '../shop/margin-settings.ts';

type EconomicsRequest = 'economics.report' | 'economics.spend' | 'economics.saveSpend' | 'economics.importSpend' | 'economics.saveLinks' | 'economics.marginSettings' | 'economics.saveMarginSettings' | 'economics.importCosts' | 'economics.costs';

export function economicsHandlers(ctx: CoreContext): Pick<Handlers, EconomicsRequest> {
  const changed = () => ctx.events.emit('data.changed', { reason: 'spend' });
  return {
    'economics.report': ({ asOf }) => economicsReport(ctx.read, asOf),
    'economics.spend': () => ({ spend: listSpend(ctx.read), links: listChannelLinks(ctx.read) }),
    'economics.saveSpend': async ({ entries }) => {
      await ctx.runner.run('saveSpend', { entries });
      changed();
      return { spend: listSpend(ctx.read) };
    },
    'economics.importSpend': async ({ path }) => {
      const imported = await ctx.runner.run('importSpend', { path });
      changed();
      return { spend: listSpend(ctx.read), imported };
    },
    'economics.importCosts': async ({ path }) => {
      const imported = await ctx.runner.run('importCosts', { path });
      changed();
      return { costs: listProductCosts(ctx.read), imported };
    },
    'economics.costs': () => listProductCosts(ctx.read),
    'economics.marginSettings': () => readMarginSettings(ctx.read),
    'economics.saveMarginSettings': async (change) => {
      const settings = await ctx.runner.run('saveMarginSettings', change);
      changed();
      return settings;
    },
    'economics.saveLinks': async ({ links }) => {
      await ctx.runner.run('saveChannelLinks', { links });
      changed();
      return { links: listChannelLinks(ctx.read) };
    },
  };
}
