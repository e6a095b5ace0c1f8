import { tagsWith, text, type ExportFormatSpec } from './export-format.ts';

const YES_NO: Record<string, string> = { '1': 'yes', '0': 'no' };

/**
 * Shopify customer import (case-sensitive headers, `Email` required). `Tags` keeps the customer's own tags and
 * adds the segment tag, so importing with "overwrite existing customers" tags the segment in Shopify without
 * dropping a tag. Only columns Regulars knows are written, so an overwrite cannot blank an address.
 */
export const shopifyFormat: ExportFormatSpec = {
  id: 'shopify',
  channels: ['email'],
  header: ['First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Phone', 'Accepts SMS Marketing', 'Tags'],
  row: ({ member, email, phone }, segmentTag) => [
    text(member.firstName),
    text(member.lastName),
    text(email),
    YES_NO[String(member.acceptsEmailMarketing)] ?? '',
    text(phone),
    YES_NO[String(member.acceptsSmsMarketing)] ?? '',
    tagsWith(member.tags, segmentTag),
  ],
};
