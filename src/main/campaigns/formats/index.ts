import type { ExportFormat } from '../../../shared/domain/campaigns.ts';
import type { ExportFormatSpec } from './export-format.ts';
import { genericFormat } from './generic.ts';
import { googleFormat } from './google.ts';
import { klaviyoFormat } from './klaviyo.ts';
import { mailchimpFormat } from './mailchimp.ts';
import { metaFormat } from './meta.ts';
import { shopifyFormat } from './shopify.ts';

/** Every audience file layout, by the id the API and CLI use. */
export const exportFormatSpecs: Record<ExportFormat, ExportFormatSpec> = {
  klaviyo: klaviyoFormat,
  mailchimp: mailchimpFormat,
  shopify: shopifyFormat,
  meta: metaFormat,
  google: googleFormat,
  csv: genericFormat,
};
