import { z } from 'zod';
import { request } from './define.ts';
import { isoDay, replaceConfirmed, writePath } from './schemas.ts';
import { consentChannels, exportFormats, type ConsentChannel, type ExportFormat, type AudiencePreview, type CampaignRecord, type CampaignSuggestion, type ExportResult } from '../domain/campaigns.ts';
import { RFM_SEGMENTS, STAGES } from '../domain/lifecycle.ts';

/** A recorded campaign as one customer saw it: in the exported file, or kept back in the holdout. */
export interface CustomerCampaign {
  id: string;
  name: string;
  campaignDate: string;
  format: ExportFormat;
  channel: ConsentChannel;
  inHoldout: boolean;
}

/** The largest explicit selection an export takes (a filtered customer list). */
export const MAX_SELECTED_CUSTOMERS = 500_000;

export const audienceSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stage'), stage: z.enum(STAGES) }).strict(),
  z.object({ kind: z.literal('rfm'), segment: z.enum(RFM_SEGMENTS) }).strict(),
  z.object({ kind: z.literal('suggestion'), suggestionId: z.string().min(1).max(64).regex(/^[a-z_]+$/, 'expected a suggestion id') }).strict(),
  z
    .object({
      kind: z.literal('customers'),
      customerIds: z.array(z.number().int().positive()).min(1).max(MAX_SELECTED_CUSTOMERS),
      label: z.string().max(100).optional(),
    })
    .strict(),
]);

const exportOptions = {
  audience: audienceSpec,
  format: z.enum(exportFormats),
  channel: z.enum(consentChannels).optional(),
  includeUnsubscribed: z.boolean().optional(),
  holdoutPercent: z.number().min(0).max(50).optional(),
};

export const campaignRequests = {
  /** Campaigns the shop can run today, one per stage (and sharper slices), ranked by value at stake. */
  'campaigns.suggestions': request<CampaignSuggestion[]>()(z.object({}).strict()),
  /** Who an export would reach: counts, who is left out and why. Writes nothing. */
  'campaigns.preview': request<AudiencePreview>()(z.object(exportOptions).strict()),
  /** Writes the audience file to `path` (the save dialog's choice) and records the campaign with its holdout. */
  'campaigns.export': request<ExportResult>()(
    z
      .object({
        ...exportOptions,
        path: writePath,
        replace: replaceConfirmed,
        bom: z.boolean().optional(),
        name: z.string().max(200).optional(),
        campaignDate: isoDay.optional(),
      })
      .strict(),
  ),
  /** Recorded campaigns, newest first, with purchase rate and revenue of exported vs holdout over 7/30/60 days. */
  'campaigns.list': request<CampaignRecord[]>()(z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict()),
  /** The recorded campaigns a customer was in (the profile), newest first. */
  'campaigns.forCustomer': request<CustomerCampaign[]>()(z.object({ customerId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict()),
};
