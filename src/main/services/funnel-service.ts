import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { funnelReport } from '../funnel/funnel-report.ts';

type FunnelRequest = 'funnel.report' | 'funnel.saveTargets';

export function funnelHandlers(ctx: CoreContext): Pick<Handlers, FunnelRequest> {
  return {
    'funnel.report': (input) => funnelReport(ctx.read, input),
    'funnel.saveTargets': async ({ targets }) => {
      const saved = await ctx.runner.run('saveFunnelTargets', { targets });
      ctx.events.emit('data.changed', { reason: 'funnelTargets' });
      return { targets: saved };
    },
  };
}
