import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { isAudienceFile, previewAudience } from '../campaigns/audience-export.ts';
import { assertWritableTarget } from '../data/write-target.ts';
import { campaignLift, latestOrderDay } from '../campaigns/campaign-lift.ts';
import { listCampaigns } from '../campaigns/campaign-store.ts';
import { campaignsForCustomer } from '../campaigns/customer-campaigns.ts';
import { campaignSuggestions } from '../campaigns/suggestions.ts';
import { controlGroupReport } from '../campaigns/control-group.ts';

/** Today in the machine's time zone, `YYYY-MM-DD`. */
function localDay(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function campaignHandlers(ctx: CoreContext): Pick<Handlers, 'campaigns.suggestions' | 'campaigns.preview' | 'campaigns.export' | 'campaigns.list' | 'campaigns.forCustomer' | 'campaigns.controlGroup' | 'campaigns.setControlGroup'> {
  return {
    'campaigns.suggestions': () => campaignSuggestions(ctx.read),
    'campaigns.preview': (input) => previewAudience(ctx.read, input),
    'campaigns.export': async (input) => {
      assertWritableTarget(input.path, ctx.dbPath, { replace: input.replace, isOwnFile: isAudienceFile });
      const result = await ctx.runner.run('campaignExport', input);
      ctx.events.emit('data.changed', { reason: 'campaign' });
      return result;
    },
    'campaigns.list': ({ limit }) => {
      const dataUntil = latestOrderDay(ctx.read);
      return listCampaigns(ctx.read, limit ?? 200).map((campaign) => ({ ...campaign, dataUntil, lift: campaignLift(ctx.read, campaign.id, campaign.campaignDate, dataUntil) }));
    },
    'campaigns.forCustomer': ({ customerId }) => campaignsForCustomer(ctx.read, customerId),
    'campaigns.controlGroup': () => controlGroupReport(ctx.read),
    'campaigns.setControlGroup': async ({ percent, today }) => {
      await ctx.runner.run('saveControlGroup', { percent, today: today ?? localDay() });
      ctx.events.emit('data.changed', { reason: 'campaign' });
      return controlGroupReport(ctx.read);
    },
  };
}
