import { money, text, type ExportFormatSpec } from './export-format.ts';

function lower(value: string | null): string {
  return text(value).toLocaleLowerCase('en-US');
}

/** Meta's normalisation for city and state: lower case, no spaces, no punctuation. */
function compact(value: string | null): string {
  return lower(value).replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** US ZIP codes are matched on their first five digits; other postcodes lower case without spaces. */
function zip(value: string | null, country: string | null): string {
  const plain = lower(value).replace(/\s+/g, '');
  return country === 'US' ? plain.replace(/^(\d{5})-?\d{4}$/, '$1') : plain;
}

/**
 * Meta custom audience (customer list with value): lower-case identifier headers, values normalised as Meta
 * matches them, phones in E.164, `value` the customer's value for value-based lookalikes.
 */
export const metaFormat: ExportFormatSpec = {
  id: 'meta',
  channels: ['ads'],
  header: ['email', 'phone', 'fn', 'ln', 'ct', 'st', 'zip', 'country', 'value'],
  row: ({ member, email, phone, country }) => [
    lower(email),
    text(phone),
    lower(member.firstName),
    lower(member.lastName),
    compact(member.city),
    compact(member.province),
    zip(member.zip, country),
    lower(country),
    money(member.predictedClvCents ?? member.netRevenueCents),
  ],
};
