import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { applyConsent } from '../../../src/main/campaigns/consent.ts';
import { CsvFileWriter } from '../../../src/main/campaigns/csv-file-writer.ts';
import { exportFormatSpecs } from '../../../src/main/campaigns/formats/index.ts';
import { E164 } from '../../../src/main/campaigns/phone.ts';
import type { AudienceMember } from '../../../src/main/campaigns/audience-member.ts';
import type { ExportFormat } from '../../../src/shared/domain/campaigns.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { member } from './member-fixture.ts';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** Writes one audience in a format the way an export does (consent filter with everyone included, then the writer). */
function writeFile(format: ExportFormat, members: AudienceMember[], tag = 'regulars-repeat'): string {
  const spec = exportFormatSpecs[format];
  const path = join(temp.dir, `${format}-${Math.random().toString(36).slice(2)}.csv`);
  const writer = new CsvFileWriter(path, spec.header);
  for (const contact of applyConsent(members, spec.channels[0], true).contacts) writer.writeRow(spec.row(contact, tag));
  writer.commit();
  return readFileSync(path, 'utf8');
}

describe('export formats, byte for byte', () => {
  const expected: Record<ExportFormat, string> = {
    klaviyo:
      'Email,Phone Number,First Name,Last Name,City,Region,Country,Zip Code,Email Marketing Consent,Regulars Segment,Last Product\r\n' +
      'Ana.Lopez@Example.com,+14155550123,Ana,"López, Jr.",San Francisco,CA,US,94107-1234,Subscribed,regulars-repeat,"Green tea, 100 g"\r\n',
    mailchimp:
      'Email Address,First Name,Last Name,Phone Number,City,State,Zip,Country,Tags\r\n' +
      'Ana.Lopez@Example.com,Ana,"López, Jr.",+14155550123,San Francisco,CA,94107-1234,US,regulars-repeat\r\n',
    shopify:
      'First Name,Last Name,Email,Accepts Email Marketing,Phone,Accepts SMS Marketing,Tags\r\n' +
      'Ana,"López, Jr.",Ana.Lopez@Example.com,yes,+14155550123,yes,"vip, ""gift"", regulars-repeat"\r\n',
    meta: 'email,phone,fn,ln,ct,st,zip,country,value\r\n' + 'ana.lopez@example.com,+14155550123,ana,"lópez, jr.",sanfrancisco,ca,94107,us,234.56\r\n',
    google: 'Email,Phone,First Name,Last Name,Country,Zip\r\n' + 'ana.lopez@example.com,+14155550123,Ana,"López, Jr.",US,94107-1234\r\n',
    csv:
      'Customer ID,Email,Phone,First Name,Last Name,City,Province,Country,Zip,Accepts Email Marketing,Accepts SMS Marketing,Tags,Stage,RFM Segment,Recency Score,Frequency Score,Monetary Score,Orders,Net Revenue,Average Order Value,First Order,Last Order,Last Product,Predicted CLV,P(alive)\r\n' +
      '7,Ana.Lopez@Example.com,+14155550123,Ana,"López, Jr.",San Francisco,CA,US,94107-1234,yes,yes,"vip, ""gift"", regulars-repeat",repeat,loyal,4,3,5,3,123.45,41.15,2024-01-05,2024-06-30,"Green tea, 100 g",234.56,0.8765\r\n',
  };

  it.each(Object.keys(expected) as ExportFormat[])('%s: header and row', (format) => {
    expect(writeFile(format, [member()])).toBe(expected[format]);
  });

  it('Klaviyo writes each consent state in its own words', () => {
    const rows = writeFile('klaviyo', [member({ acceptsEmailMarketing: 0 }), member({ acceptsEmailMarketing: null })]).split('\r\n');
    expect(Papa.parse<string[]>(rows[1]).data[0][8]).toBe('Unsubscribed');
    expect(Papa.parse<string[]>(rows[2]).data[0][8]).toBe('Never subscribed');
  });

  it('Meta uses historical value when there is no prediction, and leaves a phone out when it cannot be normalised', () => {
    const text = writeFile('meta', [member({ predictedClvCents: null, phone: '555-0123', country: null })]);
    expect(text.split('\r\n')[1]).toBe('ana.lopez@example.com,,ana,"lópez, jr.",sanfrancisco,ca,94107-1234,,123.45');
  });

  it('Shopify keeps the shop\'s tags and adds the segment tag once', () => {
    const text = writeFile('shopify', [member({ tags: 'regulars-repeat, wholesale' }), member({ tags: null })]);
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[1][6]).toBe('regulars-repeat, wholesale');
    expect(rows[2][6]).toBe('regulars-repeat');
  });
});

describe('formula injection in every text field of every format', () => {
  const payloads = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', '=HYPERLINK("http://x","y")'];
  const textFields = ['email', 'phone', 'firstName', 'lastName', 'city', 'province', 'country', 'zip', 'tags', 'stage', 'rfmSegment', 'firstOrderDay', 'lastOrderDay', 'lastProduct'] as const;
  const dangerous = /^[=+\-@\t\r]/;

  for (const format of Object.keys(exportFormatSpecs) as ExportFormat[]) {
    it.each(payloads)(`${format}: %j is neutralised wherever it appears`, (payload) => {
      // An e-mail address cannot start with `@`; every other payload also goes into the address.
      const email = payload.includes('@') ? 'ana@example.com' : `${payload}@example.com`;
      const hostile = Object.fromEntries(textFields.map((field) => [field, field === 'email' ? email : payload]));
      const text = writeFile(format, [member(hostile)], payload);
      const rows = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true }).data;
      expect(rows).toHaveLength(2);
      for (const cell of rows[1]) {
        const safe = !dangerous.test(cell) || /^[+-]?\d+(\.\d+)?$/.test(cell) || E164.test(cell);
        expect(safe, `${format} cell ${JSON.stringify(cell)}`).toBe(true);
      }
      const neutralised = rows[1].filter((cell) => cell.startsWith("'"));
      expect(neutralised.length, `${format} keeps the payload as visible text`).toBeGreaterThan(0);
    });
  }

  it('keeps plain numbers and E.164 phones as they are', () => {
    const text = writeFile('csv', [member({ netRevenueCents: -500, orders: 1, phone: '+14155550123' })]);
    const row = Papa.parse<string[]>(text, { skipEmptyLines: true }).data[1];
    expect(row[2]).toBe('+14155550123');
    expect(row[18]).toBe('-5.00');
    expect(row[19]).toBe('-5.00');
  });

  it('keeps a hostile name as visible text in the name columns', () => {
    const text = writeFile('google', [member({ firstName: '=HYPERLINK("http://x","y")', lastName: '@cmd' })]);
    const row = Papa.parse<string[]>(text, { skipEmptyLines: true }).data[1];
    expect(row[2]).toBe('\'=HYPERLINK("http://x","y")');
    expect(row[3]).toBe("'@cmd");
  });
});
