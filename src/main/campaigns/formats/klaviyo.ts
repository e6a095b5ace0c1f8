import { text, type ExportFormatSpec } from './export-format.ts';

const CONSENT: Record<string, string> = { '1': 'Subscribed', '0': 'Unsubscribed' };

/**
 * Klaviyo list import: `Email` first, special properties by their Klaviyo names; the segment and the last
 * product bought become custom properties (for personalised re-engagement messages).
 */
export const klaviyoFormat: ExportFormatSpec = {
  id: 'klaviyo',
  channels: ['email', 'sms'],
  header: ['Email', 'Phone Number', 'First Name', 'Last Name', 'City', 'Region', 'Country', 'Zip Code', 'Email Marketing Consent', 'Regulars Segment', 'Last Product'],
  row: ({ member, email, phone, country }, segmentTag) => [
    text(email),
    text(phone),
    text(member.firstName),
    text(member.lastName),
    text(member.city),
    text(member.province),
    text(country),
    text(member.zip),
    CONSENT[String(member.acceptsEmailMarketing)] ?? 'Never subscribed',
    segmentTag,
    text(member.lastProduct),
  ],
};
