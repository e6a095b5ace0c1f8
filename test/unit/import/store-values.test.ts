import { describe, expect, it } from 'vitest';
import { sniffEncoding, Utf8Transcoder } from '../../../src/main/import/csv/text-encoding.ts';
import { ianaZone } from '../../../src/main/import/values/time-zones.ts';
import { parseDate, parseZonedDate, guessDateFormat } from '../../../src/main/import/values/dates.ts';
import { parseMoneyCents } from '../../../src/main/import/values/money.ts';
import { parseBuyer, parseProductList } from '../../../src/main/import/mapped/compound-cells.ts';
import { customerTypeOf, statusSlug } from '../../../src/main/import/mapped/platform-values.ts';
import { samePhone } from '../../../src/main/import/store/cross-store-customers.ts';
import { purchaseOf } from '../../../src/main/import/purchase-rule.ts';

describe('the encoding of a file, from a sample', () => {
  const latin = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x31, 0x32]); // "Café,€12" in Windows-1252
  it('reads bytes that are not UTF-8, with no valid multi-byte sequence, as Windows-1252 (not Latin-1: 0x80 is €)', () => {
    expect(sniffEncoding(latin, 'f.csv')).toBe('windows1252');
    const transcoder = new Utf8Transcoder('windows1252');
    expect(Buffer.concat([transcoder.write(latin.subarray(0, 5)), transcoder.write(latin.subarray(5)), transcoder.end()]).toString('utf8')).toBe('Café,€12');
  });

  it('keeps UTF-8 (BOM or not, a character cut at the sample end, or one stray bad byte beside valid text) as UTF-8', () => {
    expect(sniffEncoding(Buffer.from('\ufeffName,Café', 'utf8'), 'f.csv')).toBe('utf8');
    expect(sniffEncoding(Buffer.from('Name,Café', 'utf8'), 'f.csv')).toBe('utf8');
    expect(sniffEncoding(Buffer.from('a,b,€').subarray(0, 5), 'f.csv')).toBe('utf8');
    expect(sniffEncoding(Buffer.concat([Buffer.from('Café '), Buffer.from([0xe9])]), 'f.csv')).toBe('utf8');
    expect(sniffEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0xe9]), 'f.csv')).toBe('utf8');
    expect(sniffEncoding(Buffer.from('plain ascii'), 'f.csv')).toBe('utf8');
  });

  it('tells UTF-16LE and refuses UTF-16BE by name', () => {
    expect(sniffEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'f.csv')).toBe('utf16le');
    expect(sniffEncoding(Buffer.from('Na', 'utf16le'), 'f.csv')).toBe('utf16le');
    expect(() => sniffEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x41]), 'f.csv')).toThrow(/big-endian/);
  });
});

describe('dates other stores write', () => {
  it('reads YYYY/MM/DD with or without a time', () => {
    expect(parseDate('2025/12/31 11:23', 'iso')).toMatchObject({ iso: '2025-12-31T11:23:00Z', day: '2025-12-31' });
    expect(parseDate('2025/12/31', 'iso')).toMatchObject({ day: '2025-12-31' });
    expect(parseDate('2025/02/30', 'iso')).toBeNull();
    expect(guessDateFormat(['2025/12/31 11:23', '2026/01/02 09:00']).format).toBe('iso');
  });

  it('reads US dates with times, month or day first as the data says', () => {
    expect(parseDate('8/9/2024 11:33', 'mdy')).toMatchObject({ iso: '2024-08-09T11:33:00Z' });
    expect(parseDate('8/9/2024 11:33 PM', 'mdy')).toMatchObject({ iso: '2024-08-09T23:33:00Z' });
    expect(guessDateFormat(['8/9/2024 11:33', '8/23/2024 9:05'])).toMatchObject({ format: 'mdy' });
  });

  it("maps Square's named zones to IANA zones and keeps that zone's offset on the day, daylight saving included", () => {
    expect(ianaZone('Eastern Time (US & Canada)')).toBe('America/New_York');
    expect(ianaZone('(GMT-08:00) Pacific Time (US & Canada)')).toBe('America/Los_Angeles');
    expect(ianaZone('London')).toBe('Europe/London');
    expect(ianaZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(ianaZone('Somewhere Time')).toBeNull();
    const zone = 'America/New_York';
    expect(parseZonedDate('2025-03-08', '23:30:00', zone, 'iso')).toMatchObject({ iso: '2025-03-08T23:30:00-05:00', day: '2025-03-08', ms: Date.parse('2025-03-09T04:30:00Z') });
    expect(parseZonedDate('2025-03-09', '08:15:00', zone, 'iso')).toMatchObject({ iso: '2025-03-09T08:15:00-04:00' });
    expect(parseZonedDate('2025-11-02', '01:30:00', zone, 'iso')?.iso).toBe('2025-11-02T01:30:00-04:00');
    expect(parseZonedDate('01/15/2025', '2:05 PM', 'Europe/London', 'mdy')).toMatchObject({ iso: '2025-01-15T14:05:00+00:00' });
    expect(parseZonedDate('2025-01-15', 'noon', zone, 'iso')).toBeNull();
  });
});

describe('money as exports write it', () => {
  it.each([
    ['$38.52 ', 3852], ['₹670.00', 67000], ['1.234,56 €', 123456], ['₹1,23,456.00', 12345600], ["CHF 1'234.50", 123450], ['Rs. 1,200', 120000],
    ['-$5.00', -500], ['$-5.00', -500], ['($5.00)', -500], ['5.00-', -500], ['€ 1 234,50', 123450], ['−3.20', -320],
  ])('%s is %i cents', (text, cents) => expect(parseMoneyCents(text)).toBe(cents));

  it.each(['abc', '$', 'Order 12', '12.5.6', '--5', '$5 USD'])('%s is not an amount', (text) => expect(parseMoneyCents(text)).toBeNull());
});

describe('compound cells and platform words', () => {
  it("splits WooCommerce Analytics' product list before each quantity, keeping commas inside names", () => {
    expect(parseProductList('2× Mug, large, blue, 1× Tea towel')).toMatchObject([{ productTitle: 'Mug, large, blue', quantity: 2 }, { productTitle: 'Tea towel', quantity: 1 }]);
    expect(parseProductList('Gift card')).toMatchObject([{ productTitle: 'Gift card', quantity: 1 }]);
    expect(parseProductList('')).toEqual([]);
  });

  it("reads Etsy's Buyer as name and username", () => {
    expect(parseBuyer('Ann Lee (annlee82)')).toEqual({ name: 'Ann Lee', username: 'annlee82' });
    expect(parseBuyer('(annlee82)')).toEqual({ name: null, username: 'annlee82' });
    expect(parseBuyer('Ann Lee')).toEqual({ name: 'Ann Lee', username: null });
  });

  it('reads WooCommerce status labels and slugs alike, and its customer type', () => {
    expect(['Completed', 'wc-completed', 'On hold', 'Pending payment', 'wc-on-hold'].map(statusSlug)).toEqual(['completed', 'completed', 'on-hold', 'pending', 'on-hold']);
    expect(statusSlug('  ')).toBeNull();
    expect(['new', 'Returning', 'other', ''].map(customerTypeOf)).toEqual(['new', 'returning', null, null]);
  });

  it('counts a pending WooCommerce order as no purchase, a pending Shopify order as one', () => {
    const order = (platform: string, financialStatus: string) => purchaseOf({ platform, financialStatus, cancelledAt: null, totalCents: 100, refundedCents: 0 }).isPurchase;
    expect(['pending', 'on-hold', 'processing', 'completed', 'failed', 'cancelled', 'refunded', 'checkout-draft'].map((s) => order('woocommerce', s))).toEqual([0, 1, 1, 1, 0, 0, 0, 0]);
    expect(order('shopify', 'pending')).toBe(1);
    expect(order('etsy', 'canceled')).toBe(0);
  });

  it('matches phones across stores give or take a country code, never short numbers', () => {
    expect(samePhone('15550101001', '5550101001')).toBe(true);
    expect(samePhone('447700900123', '07700900123')).toBe(true);
    expect(samePhone('5550101001', '5550101002')).toBe(false);
    expect(samePhone('1234567', '91234567')).toBe(false);
    expect(samePhone('495550101001', '5550101001')).toBe(true);
    expect(samePhone('12345550101001', '5550101001')).toBe(false);
  });
});
