import { money, tagsWith, text, type ExportFormatSpec } from './export-format.ts';

const YES_NO: Record<string, string> = { '1': 'yes', '0': 'no' };

function numberOrBlank(value: number | null, digits: number): string {
  return value === null ? '' : value.toFixed(digits);
}

/** Every contact field and metric Regulars has for each customer, for spreadsheets and other tools. */
export const genericFormat: ExportFormatSpec = {
  id: 'csv',
  channels: ['email', 'sms'],
  header: [
    'Customer ID', 'Email', 'Phone', 'First Name', 'Last Name', 'City', 'Province', 'Country', 'Zip',
    'Accepts Email Marketing', 'Accepts SMS Marketing', 'Tags', 'Stage', 'RFM Segment', 'Recency Score',
    'Frequency Score', 'Monetary Score', 'Orders', 'Net Revenue', 'Average Order Value', 'First Order',
    'Last Order', 'Last Product', 'Predicted CLV', 'P(alive)',
  ],
  row: ({ member, email, phone, country }, segmentTag) => [
    String(member.customerId),
    text(email),
    text(phone),
    text(member.firstName),
    text(member.lastName),
    text(member.city),
    text(member.province),
    text(country),
    text(member.zip),
    YES_NO[String(member.acceptsEmailMarketing)] ?? '',
    YES_NO[String(member.acceptsSmsMarketing)] ?? '',
    tagsWith(member.tags, segmentTag),
    text(member.stage),
    text(member.rfmSegment),
    numberOrBlank(member.recencyScore, 0),
    numberOrBlank(member.frequencyScore, 0),
    numberOrBlank(member.monetaryScore, 0),
    String(member.orders),
    money(member.netRevenueCents),
    member.orders > 0 ? money(Math.round(member.netRevenueCents / member.orders)) : '',
    text(member.firstOrderDay),
    text(member.lastOrderDay),
    text(member.lastProduct),
    member.predictedClvCents === null ? '' : money(member.predictedClvCents),
    numberOrBlank(member.pAlive, 4),
  ],
};
