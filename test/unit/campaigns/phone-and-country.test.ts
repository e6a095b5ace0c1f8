import { describe, expect, it } from 'vitest';
import { toIso2 } from '../../../src/main/campaigns/country.ts';
import { normalisePhone } from '../../../src/main/campaigns/phone.ts';

describe('phone numbers in E.164', () => {
  it.each([
    ['+1 (415) 555-0123', null, '+14155550123'],
    ['(415) 555-0123', 'US', '+14155550123'],
    ['1-415-555-0123', 'US', '+14155550123'],
    ["'4155550123", 'CA', '+14155550123'],
    ['0912 345 678', 'VN', '+84912345678'],
    ['84912345678', 'VN', '+84912345678'],
    ['07911 123456', 'GB', '+447911123456'],
    ['0044 7911 123456', 'DE', '+447911123456'],
    ['8 (916) 123-45-67', 'RU', '+79161234567'],
    ['138 1234 5678', 'CN', '+8613812345678'],
    ['06 1234 5678', 'IT', '+390612345678'],
    ['030 1234567 ext. 12', 'DE', '+49301234567'],
  ])('%j in %s -> %s', (raw, country, expected) => {
    expect(normalisePhone(raw, country)).toBe(expected);
  });

  it.each([
    ['4155550123', null],
    ['555-0123', 'US'],
    ['call me', 'US'],
    ['=1+1', 'US'],
    ['+1 415 555 01234', null],
    ['', 'US'],
    [null, 'US'],
  ])('leaves %j (%s) out: it cannot be normalised', (raw, country) => {
    expect(normalisePhone(raw, country)).toBeNull();
  });
});

describe('country codes', () => {
  it.each([
    ['US', 'US'],
    ['gb', 'GB'],
    ['United States', 'US'],
    ['United Kingdom', 'GB'],
    ['Vietnam', 'VN'],
    ['Việt Nam', 'VN'],
    ['Россия', 'RU'],
    ['中国', 'CN'],
    ['USA', 'US'],
    ['  germany ', 'DE'],
  ])('%j -> %s', (input, expected) => {
    expect(toIso2(input)).toBe(expected);
  });

  it.each(['Atlantis', 'XX', '', null])('%j is unknown', (input) => {
    expect(toIso2(input)).toBeNull();
  });
});
