import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { currentAsOf } from '../engine/as-of.ts';
import { readLifecycleSettings } from '../engine/settings.ts';
import { loadModelInputs } from '../model/model-inputs.ts';
import { fitShopModel } from '../model/shop-model.ts';
import { runBacktest } from '../model/backtest.ts';
import { readModelSettings } from '../model/store/model-settings.ts';
import { predictedRevenue90 } from '../model/predicted-revenue.ts';
import { rowPredictions, storedModelAsOf, storedPrediction } from '../model/stored-predictions.ts';
import { nextOrderSentence } from '../../shared/domain/next-order-sentence.ts';

type ModelRequest = 'model.summary' | 'model.customer' | 'model.rows' | 'model.predictedRevenue' | 'model.backtest' | 'model.settings' | 'model.saveSettings';

export function modelHandlers(ctx: CoreContext): Pick<Handlers, ModelRequest> {
  return {
    // Fitted on request from the read connection (well under a second even for 100,000 customers), so any as-of day works.
    'model.summary': ({ asOf }) => {
      const day = asOf ?? currentAsOf(ctx.read, readLifecycleSettings(ctx.read).asOf).asOf;
      const inputs = loadModelInputs(ctx.read, day);
      return fitShopModel(inputs.buyers, readModelSettings(ctx.read), inputs.fallbackOrderValue, day, inputs.history);
    },
    'model.customer': ({ customerId }) => {
      const asOf = storedModelAsOf(ctx.read);
      const prediction = storedPrediction(ctx.read, customerId);
      return { asOf, prediction, sentence: nextOrderSentence(prediction, asOf ?? '') };
    },
    'model.rows': ({ customerIds }) => rowPredictions(ctx.read, customerIds),
    'model.predictedRevenue': () => predictedRevenue90(ctx.read),
    'model.backtest': ({ calibrationEnd, holdoutDays }) => runBacktest(ctx.read, calibrationEnd, holdoutDays, readModelSettings(ctx.read)),
    'model.settings': () => readModelSettings(ctx.read),
    'model.saveSettings': async (change) => {
      const settings = await ctx.runner.run('saveModelSettings', change);
      ctx.events.emit('data.changed', { reason: 'settings' });
      return settings;
    },
  };
}
