import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import type { LifecycleSettingsChange } from '../engine/settings.ts';
import { readLifecycleSettings } from '../engine/settings.ts';
import { currentThresholds, lifecycleOverview } from '../engine/read/overview.ts';
import { stageHistory } from '../engine/read/stage-history.ts';
import { stageTransitions } from '../engine/read/transitions.ts';
import { listCustomers } from '../engine/read/customer-list.ts';
import { customerProfile } from '../engine/read/customer-profile.ts';
import { cohorts, firstProducts, journeyStats, purchaseTiming, rfmGrid } from '../engine/read/analyses.ts';
import { changesSinceImport } from '../engine/read/changes.ts';
import { rememberedKpisSinceImport } from '../dashboard/kpis-since-import.ts';

type LifecycleRequest = Extract<keyof Handlers, `lifecycle.${string}`>;

export function lifecycleHandlers(ctx: CoreContext): Pick<Handlers, LifecycleRequest> {
  /** Settings are writes: a job applies them and recomputes, then every view reloads. */
  const change = async (settings: LifecycleSettingsChange) => {
    const outcome = await ctx.runner.run('recompute', { settings });
    ctx.events.emit('data.changed', { reason: 'settings' });
    return outcome;
  };
  const kpisSinceImport = rememberedKpisSinceImport();
  return {
    'lifecycle.overview': ({ asOf }) => lifecycleOverview(ctx.read, asOf),
    'lifecycle.stageHistory': ({ granularity }) => stageHistory(ctx.read, granularity),
    'lifecycle.transitions': ({ from, to }) => stageTransitions(ctx.read, from, to),
    'lifecycle.journeyStats': () => journeyStats(ctx.read),
    'lifecycle.kpisSinceImport': () => kpisSinceImport(ctx.read),
    'lifecycle.customers': (query) => listCustomers(ctx.read, query),
    'lifecycle.customer': ({ id, ordersOffset, ordersLimit }) => customerProfile(ctx.read, id, ordersOffset, ordersLimit),
    'lifecycle.cohorts': ({ dimension }) => cohorts(ctx.read, dimension),
    'lifecycle.timing': ({ products }) => purchaseTiming(ctx.read, products),
    'lifecycle.firstProducts': ({ limit }) => firstProducts(ctx.read, limit),
    'lifecycle.rfm': () => rfmGrid(ctx.read),
    'lifecycle.thresholds': () => currentThresholds(ctx.read),
    'lifecycle.setThresholds': async (overrides) => {
      await change({ overrides });
      return currentThresholds(ctx.read);
    },
    'lifecycle.resetThresholds': async () => {
      await change({ resetAll: true });
      return currentThresholds(ctx.read);
    },
    'lifecycle.settings': () => readLifecycleSettings(ctx.read),
    'lifecycle.setSettings': async (input) => (await change(input)).settings ?? readLifecycleSettings(ctx.read),
    'lifecycle.changes': ({ offset, limit, to }) => changesSinceImport(ctx.read, offset, limit, to),
    'lifecycle.recompute': async () => {
      const outcome = await ctx.runner.run('recompute', { full: true });
      ctx.events.emit('data.changed', { reason: 'recompute' });
      return { asOf: outcome.asOf, customers: outcome.customers };
    },
  };
}
