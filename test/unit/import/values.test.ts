import { describe, expect, it } from 'vitest';
import { parseMoneyCents } from '../../../src/main/import/values/money.ts';
import { guessDateFormat, parseDate, parseShopifyDate } from '../../../src/main/import/values/dates.ts';
import { identityKey, normalizeEmail, phoneDigits } from '../../../src/main/import/values/identity.ts';
import { looksLikeSpreadsheetNumber, stripApostrophe } from '../../../src/main/import/values/text-cleanup.ts';
import { purchaseOf } from '../../../src/main/import/purchase-rule.ts';

describe('money', () => {
  it.each([
    ['124.00', 12400], ['599500.00', 59950000], ['-12.5', -1250], ['$1,234.50', 123450], ['1.234,50 €', 123450], ['EUR 12', 1200],
    ['(12.00)', -1200], ['12,5', 1250], ['1,234', 123400], ['₫ 1.250.000', 125000000], ['0', 0],
  ])('%s is %i cents', (text, cents) => expect(parseMoneyCents(text)).toBe(cents));
  it.each(['', 'abc', '12.3.4,5,6x', 'NaN', '0x10', '1e5'])('%j is not an amount', (text) => expect(parseMoneyCents(text)).toBeNull());
});

describe('dates', () => {
  it("keeps Shopify's offset and the shop's local day", () => {
    expect(parseShopifyDate('2024-11-10 01:57:33 -0500')).toEqual({ iso: '2024-11-10T01:57:33-05:00', ms: Date.parse('2024-11-10T06:57:33Z'), day: '2024-11-10' });
    expect(parseShopifyDate('2024-03-31 23:30:00 +0200')?.day).toBe('2024-03-31');
  });
  it('reads every instant and offset of an export exactly, whatever the dates before it', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const offsets = [-720, -600, -300, -210, 0, 60, 120, 330, 345, 540, 780, 840];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 2000; k++) {
      const ms = Math.floor((Date.UTC(2012, 0, 1) + next() * (Date.UTC(2030, 0, 1) - Date.UTC(2012, 0, 1))) / 1000) * 1000;
      const offset = offsets[Math.floor(next() * offsets.length)];
      const local = new Date(ms + offset * 60_000).toISOString();
      const sign = offset < 0 ? '-' : '+';
      const zone = `${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
      const text = `${local.slice(0, 10)} ${local.slice(11, 19)} ${sign}${zone}`;
      const iso = `${local.slice(0, 19)}${offset === 0 ? '+00:00' : `${sign}${zone.slice(0, 2)}:${zone.slice(2)}`}`;
      expect(parseShopifyDate(text)).toEqual({ iso, ms, day: local.slice(0, 10) });
    }
  });
  it('reads the other ways a Shopify date has been written, and writes a zero offset as +00:00', () => {
    expect(parseShopifyDate('2024-11-10 01:57:33 -0000')?.iso).toBe('2024-11-10T01:57:33+00:00');
    expect(parseShopifyDate(' 2024-11-10 01:57:33 +0100 ')?.iso).toBe('2024-11-10T01:57:33+01:00');
    expect(parseShopifyDate('2024-11-10T01:57:33+01:00')?.ms).toBe(Date.parse('2024-11-10T00:57:33Z'));
    expect(parseShopifyDate('2024-11-10 01:57 +0100')?.iso).toBe('2024-11-10T01:57:00+01:00');
    expect(parseShopifyDate('2024-11-10 01:57:33 UTC')?.iso).toBe('2024-11-10T01:57:33+00:00');
  });
  it('refuses impossible days and times, also right after a real date of the same month', () => {
    expect(parseShopifyDate('2024-02-29 10:00:00 +0000')?.day).toBe('2024-02-29');
    expect(parseShopifyDate('2023-02-29 10:00:00 +0000')).toBeNull();
    for (const text of ['2024-02-30 10:00:00 +0000', '2024-13-01 10:00:00 +0000', '2024-02-28 24:00:00 +0000', '2024-02-28 10:60:00 +0000',
      '2024-02-28 10:00:60 +0000', '2024-02-28 10:00:00 *0100', '2024-02-2a 10:00:00 +0000', '2024-02-28 10:00:00 +01x0']) {
      expect(parseShopifyDate('2024-02-28 10:00:00 +0000')?.day).toBe('2024-02-28');
      expect(parseShopifyDate(text)).toBeNull();
    }
  });
  it('refuses what a spreadsheet made of a Shopify date', () => {
    expect(parseShopifyDate('11/10/24 01:57')).toBeNull();
    expect(parseShopifyDate('2024-02-30 10:00:00 +0000')).toBeNull();
  });
  it('reads ISO, YYYYMMDD, month-first and day-first dates', () => {
    expect(parseDate('2024-03-05', 'iso')?.day).toBe('2024-03-05');
    expect(parseDate('2024-03-05 14:20', 'iso')?.iso).toBe('2024-03-05T14:20:00Z');
    expect(parseDate('20240305', 'ymd_compact')?.day).toBe('2024-03-05');
    expect(parseDate('03/05/24', 'mdy')?.day).toBe('2024-03-05');
    expect(parseDate('05/03/2024', 'dmy')?.day).toBe('2024-03-05');
    expect(parseDate('13/03/2024', 'mdy')).toBeNull();
  });
  it('tells month-first from day-first only when the data does', () => {
    expect(guessDateFormat(['03/05/2024', '12/31/2024'])).toMatchObject({ format: 'mdy', ambiguous: false });
    expect(guessDateFormat(['03/05/2024', '31/12/2024'])).toMatchObject({ format: 'dmy', ambiguous: false });
    expect(guessDateFormat(['03/05/2024', '04/06/2024'])).toMatchObject({ format: null, ambiguous: true });
    expect(guessDateFormat(['2024-01-02'])).toMatchObject({ format: 'iso' });
  });
});

describe('identity rule', () => {
  it('identifies by trimmed, case-folded e-mail, else by the digits of the first non-blank phone', () => {
    expect(normalizeEmail('  Ann@Example.COM ')).toBe('ann@example.com');
    expect(identityKey(' Ann@Example.com', ['+1 555'])).toBe('email:ann@example.com');
    expect(identityKey('', ['', "'+1 (555) 010-2030", '999'])).toBe('phone:15550102030');
    expect(identityKey(null, ['', ' '])).toBeNull();
    expect(phoneDigits('n/a')).toBeNull();
  });
  it('strips one leading apostrophe and spots spreadsheet-rounded ids', () => {
    expect(stripApostrophe("'90503")).toBe('90503');
    expect(stripApostrophe("''1")).toBe("'1");
    expect(looksLikeSpreadsheetNumber('7.02255E+12')).toBe(true);
    expect(looksLikeSpreadsheetNumber('7022550000001')).toBe(false);
  });
});

describe('purchase rule', () => {
  const order = (financialStatus: string | null, cancelledAt: string | null = null) => purchaseOf({ platform: 'shopify', financialStatus, cancelledAt, totalCents: 5000, refundedCents: 1000 });
  it.each(['paid', 'pending', 'authorized', 'partially_paid', 'partially_refunded', null])('%s counts as a purchase worth total minus refunds', (status) => {
    expect(order(status)).toEqual({ isPurchase: 1, netCents: 4000 });
  });
  it.each(['voided', 'expired', 'refunded'])('%s is no purchase', (status) => expect(order(status).isPurchase).toBe(0));
  it('a cancelled order is no purchase even when paid', () => expect(order('paid', '2024-01-01T00:00:00Z').isPurchase).toBe(0));
});
