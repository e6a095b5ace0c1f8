import { describe, expect, it } from 'vitest';
import { formatSegment, parseSegment, SegmentSyntaxError, type SegmentErrorCode } from '../../../src/shared/domain/segment-language.ts';

const fails = (rule: string): { code: SegmentErrorCode; column: number; message: string } => {
  try {
    parseSegment(rule);
  } catch (error) {
    if (error instanceof SegmentSyntaxError) return { code: error.code, column: error.column, message: error.message };
    throw error;
  }
  throw new Error(`"${rule}" parsed`);
};

describe('the segment language: comparisons', () => {
  it.each(['=', '!=', '<', '<=', '>', '>='] as const)('reads %s on a number, a sum of money and a day', (op) => {
    expect(parseSegment(`purchases ${op} 3`)).toEqual({ kind: 'compare', field: 'purchases', op, value: 3 });
    expect(parseSegment(`net_value ${op} 99.5`)).toEqual({ kind: 'compare', field: 'net_value', op, value: 99.5 });
    expect(parseSegment(`last_purchase ${op} 2025-01-31`)).toEqual({ kind: 'compare', field: 'last_purchase', op, value: { day: '2025-01-31' } });
  });

  it('reads choices bare or quoted, in any case, and checks them against their list', () => {
    expect(parseSegment('stage = at_risk')).toEqual({ kind: 'compare', field: 'stage', op: '=', value: 'at_risk' });
    expect(parseSegment('STAGE = "Lapsed"')).toEqual({ kind: 'compare', field: 'stage', op: '=', value: 'lapsed' });
    expect(parseSegment('rfm_segment != champions')).toEqual({ kind: 'compare', field: 'rfm_segment', op: '!=', value: 'champions' });
    expect(fails('stage = gone')).toMatchObject({ code: 'notAChoice', column: 9 });
    expect(fails('stage = gone').message).toContain('prospect, new, repeat, loyal, at_risk, lapsed, reactivated');
  });

  it('reads in (...) and not in (...)', () => {
    expect(parseSegment('stage in (at_risk, lapsed)')).toEqual({ kind: 'in', field: 'stage', values: ['at_risk', 'lapsed'] });
    expect(parseSegment('country not in ("US", DE)')).toEqual({ kind: 'not', operand: { kind: 'in', field: 'country', values: ['US', 'DE'] } });
    expect(parseSegment('purchases in (1, 2)')).toEqual({ kind: 'in', field: 'purchases', values: [1, 2] });
  });

  it('reads yes-or-no fields alone or compared with yes, no, true, false', () => {
    expect(parseSegment('accepts_email')).toEqual({ kind: 'compare', field: 'accepts_email', op: '=', value: true });
    expect(parseSegment('vip = no')).toEqual({ kind: 'compare', field: 'vip', op: '=', value: false });
    expect(parseSegment('accepts_sms != TRUE')).toEqual({ kind: 'compare', field: 'accepts_sms', op: '!=', value: true });
    expect(fails('vip = maybe')).toMatchObject({ code: 'notAFlag', column: 7 });
  });

  it('takes = and != only (and in) for text, choices and yes-or-no fields', () => {
    expect(fails('country < "US"')).toMatchObject({ code: 'operatorNotAllowed', column: 9 });
    expect(fails('stage >= new')).toMatchObject({ code: 'operatorNotAllowed', column: 7 });
    expect(fails('vip > no')).toMatchObject({ code: 'operatorNotAllowed', column: 5 });
  });
});

describe('the segment language: days', () => {
  it('reads absolute days, N days ago and today', () => {
    expect(parseSegment('first_purchase >= 2024-02-29')).toMatchObject({ value: { day: '2024-02-29' } });
    expect(parseSegment('last_purchase < 90 days ago')).toMatchObject({ value: { daysAgo: 90 } });
    expect(parseSegment('last_purchase >= 1 day ago')).toMatchObject({ value: { daysAgo: 1 } });
    expect(parseSegment('last_purchase = today')).toMatchObject({ value: { daysAgo: 0 } });
  });

  it('refuses days that do not exist and relative days without "ago"', () => {
    expect(fails('first_purchase > 2025-02-30')).toMatchObject({ code: 'notADay', column: 18 });
    expect(fails('first_purchase > 90 days')).toMatchObject({ code: 'notADay', column: 18 });
    expect(fails('first_purchase > 90 weeks ago')).toMatchObject({ code: 'expectedDays', column: 18 });
    expect(fails('first_purchase > "January"')).toMatchObject({ code: 'notADay', column: 18 });
  });
});

describe('the segment language: bought', () => {
  it('reads a product title in quotes, optionally within N days', () => {
    expect(parseSegment('bought "Green Tea"')).toEqual({ kind: 'bought', product: 'Green Tea', withinDays: null });
    expect(parseSegment("bought 'Green Tea' within 30 days")).toEqual({ kind: 'bought', product: 'Green Tea', withinDays: 30 });
  });

  it('needs the title in quotes and whole days', () => {
    expect(fails('bought Green')).toMatchObject({ code: 'expectedProduct', column: 8 });
    expect(fails('bought "Tea" within 2.5 days')).toMatchObject({ code: 'expectedDays', column: 21 });
    expect(fails('bought "Tea" within')).toMatchObject({ code: 'expectedDays', column: 20 });
  });
});

describe('the segment language: quoting', () => {
  it('keeps spaces, keywords and escaped quotes inside quotes', () => {
    expect(parseSegment('bought "The \\"and\\" or not Tea"')).toEqual({ kind: 'bought', product: 'The "and" or not Tea', withinDays: null });
    expect(parseSegment("city = 'Hồ Chí Minh'")).toEqual({ kind: 'compare', field: 'city', op: '=', value: 'Hồ Chí Minh' });
    expect(parseSegment('tag = "back\\\\slash"')).toMatchObject({ value: 'back\\slash' });
  });

  it('says where an unclosed quote starts', () => {
    expect(fails('stage = new and city = "Lyon')).toMatchObject({ code: 'unclosedText', column: 24 });
  });
});

describe('the segment language: not, and, or, parentheses', () => {
  const a = { kind: 'compare', field: 'purchases', op: '>', value: 1 } as const;
  const b = { kind: 'compare', field: 'vip', op: '=', value: true } as const;
  const c = { kind: 'compare', field: 'accepts_email', op: '=', value: true } as const;

  it('binds not tighter than and, and tighter than or', () => {
    expect(parseSegment('purchases > 1 or vip and accepts_email')).toEqual({ kind: 'or', left: a, right: { kind: 'and', left: b, right: c } });
    expect(parseSegment('not purchases > 1 and vip')).toEqual({ kind: 'and', left: { kind: 'not', operand: a }, right: b });
    expect(parseSegment('(purchases > 1 or vip) and accepts_email')).toEqual({ kind: 'and', left: { kind: 'or', left: a, right: b }, right: c });
    expect(parseSegment('not (purchases > 1 or vip)')).toEqual({ kind: 'not', operand: { kind: 'or', left: a, right: b } });
  });

  it('groups and and or from the left, and keywords ignore case', () => {
    expect(parseSegment('purchases > 1 AND vip And accepts_email')).toEqual({ kind: 'and', left: { kind: 'and', left: a, right: b }, right: c });
    expect(parseSegment('NOT NOT vip')).toEqual({ kind: 'not', operand: { kind: 'not', operand: b } });
  });

  it('writes a rule back as text that reads the same, with only the parentheses it needs', () => {
    for (const rule of [
      'purchases > 1 or vip = yes and accepts_email = yes',
      '(purchases > 1 or vip = yes) and accepts_email = yes',
      'purchases > 1 and (vip = yes and accepts_email = yes)',
      'not (stage in (new, repeat) or bought "Tea \\"Deluxe\\"" within 7 days)',
      'last_purchase < 90 days ago and first_purchase >= 2025-01-01 and last_purchase != today',
      'city = "Lyon" and not country in ("FR", "DE")',
    ]) {
      expect(formatSegment(parseSegment(rule))).toBe(rule);
    }
  });
});

describe('the segment language: errors point at the column and say what was expected', () => {
  it.each([
    ['', 'empty', 1],
    ['   ', 'empty', 1],
    ['stage = new and', 'expectedField', 16],
    ['stage = new and )', 'expectedField', 17],
    ['colour = red', 'unknownField', 1],
    ['stage new', 'expectedOperator', 7],
    ['purchases >', 'expectedValue', 12],
    ['purchases > many', 'notANumber', 13],
    ['purchases > 3 4', 'expectedAndOr', 15],
    ['(stage = new', 'expectedCloseParen', 13],
    ['stage in (new, lapsed', 'expectedCloseParen', 22],
    ['stage in new', 'expectedValue', 10],
    ['net_value > $100', 'unexpectedCharacter', 13],
    ['stage = new & vip', 'unexpectedCharacter', 13],
  ] as const)('%j: %s at column %i', (rule, code, column) => {
    const error = fails(rule);
    expect(error).toMatchObject({ code, column });
    if (code !== 'empty') expect(error.message).toMatch(new RegExp(`^Column ${column}: `));
  });

  it('names the unknown field and lists the fields there are', () => {
    expect(fails('purchases > 1 and colour = red').message).toBe(
      'Column 19: there is no field "colour". Fields: stage, rfm_segment, purchases, orders, net_value, aov, first_purchase, last_purchase, days_since_last, country, city, accepts_email, accepts_sms, vip, tag, p_alive, predicted_value_12m, first_product, discount_code, source.',
    );
  });
});
