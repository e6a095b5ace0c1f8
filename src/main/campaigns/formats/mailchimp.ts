import { text, type ExportFormatSpec } from './export-format.ts';

/** Mailchimp audience import: `Email Address` required, the segment in `Tags`, ISO-2 country codes. */
export const mailchimpFormat: ExportFormatSpec = {
  id: 'mailchimp',
  channels: ['email'],
  header: ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'City', 'State', 'Zip', 'Country', 'Tags'],
  row: ({ member, email, phone, country }, segmentTag) => [
    text(email),
    text(member.firstName),
    text(member.lastName),
    text(phone),
    text(member.city),
    text(member.province),
    text(member.zip),
    text(country),
    segmentTag,
  ],
};
