import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { isAudienceFile, previewAudience } from '../campaigns/audience-export.ts';
import { assertWritableTarget } from '../data/write-target.ts';
import { campaignLift, latestOrderDay } from '../campaigns/campaign-lift.ts';
import { listCampaigns } from '../campaigns/campaign-store.ts';
import { campaignsForCustomer } from '../campaigns/customer-campaigns.ts';
import { campaignSuggestions } from '../campaigns/suggestions.ts';

export function campaignHandlers(ctx: CoreContext): Pick<Handlers, 'campaigns.suggestions' | 'campaigns.preview' | 'campaigns.export' | 'campaigns.list' | 'campaigns.forCustomer'> {
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
  };
}
