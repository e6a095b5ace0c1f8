import { text, type ExportFormatSpec } from './export-format.ts';

/** Google Ads Customer Match: headers exactly `Email, Phone, First Name, Last Name, Country, Zip`, phones in E.164. */
export const googleFormat: ExportFormatSpec = {
  id: 'google',
  channels: ['ads'],
  header: ['Email', 'Phone', 'First Name', 'Last Name', 'Country', 'Zip'],
  row: ({ member, email, phone, country }) => [
    text(email).toLocaleLowerCase('en-US'),
    text(phone),
    text(member.firstName),
    text(member.lastName),
    text(country),
    text(member.zip),
  ],
};
