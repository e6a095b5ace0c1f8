import { describe, expect, it } from 'vitest';
import { applyConsent } from '../../../src/main/campaigns/consent.ts';
import { member } from './member-fixture.ts';

const audience = [
  member({ customerId: 1, acceptsEmailMarketing: 1, acceptsSmsMarketing: 0 }),
  member({ customerId: 2, acceptsEmailMarketing: 0, acceptsSmsMarketing: 1 }),
  member({ customerId: 3, acceptsEmailMarketing: null, acceptsSmsMarketing: null }),
  member({ customerId: 4, email: null, acceptsEmailMarketing: 1, acceptsSmsMarketing: 1 }),
  member({ customerId: 5, email: 'not an address', phone: null, acceptsEmailMarketing: 1 }),
  member({ customerId: 6, acceptsEmailMarketing: 1, acceptsSmsMarketing: 1, phone: '555-0123' }),
  member({ customerId: 7, acceptsEmailMarketing: 0, acceptsSmsMarketing: 0 }),
];

const ids = (outcome: ReturnType<typeof applyConsent>) => outcome.contacts.map((c) => c.member.customerId);

describe('consent filter', () => {
  it('e-mail files carry only people with an address who agreed to e-mail marketing, and count the rest by reason', () => {
    const outcome = applyConsent(audience, 'email', false);
    expect(ids(outcome)).toEqual([1, 6]);
    expect(outcome.leftOut).toEqual([
      { reason: 'missing_email', count: 2 },
      { reason: 'not_subscribed', count: 2 },
      { reason: 'consent_unknown', count: 1 },
    ]);
    expect(outcome.includedWithoutConsent).toBe(0);
  });

  it('including people without consent is an explicit choice, and is counted; a missing address still leaves them out', () => {
    const outcome = applyConsent(audience, 'email', true);
    expect(ids(outcome)).toEqual([1, 2, 3, 6, 7]);
    expect(outcome.leftOut).toEqual([{ reason: 'missing_email', count: 2 }]);
    expect(outcome.includedWithoutConsent).toBe(3);
  });

  it('SMS targets need a phone that normalises to E.164 and SMS consent', () => {
    const outcome = applyConsent(audience, 'sms', false);
    expect(ids(outcome)).toEqual([2, 4]);
    expect(outcome.contacts[0].phone).toBe('+14155550123');
    expect(outcome.leftOut).toEqual([
      { reason: 'missing_phone', count: 2 },
      { reason: 'not_subscribed', count: 2 },
      { reason: 'consent_unknown', count: 1 },
    ]);
  });

  it('ad audiences carry each identifier only with its own consent', () => {
    const outcome = applyConsent(audience, 'ads', false);
    expect(outcome.contacts.map((c) => [c.member.customerId, c.email, c.phone])).toEqual([
      [1, 'Ana.Lopez@Example.com', null],
      [2, null, '+14155550123'],
      [4, null, '+14155550123'],
      [6, 'Ana.Lopez@Example.com', null],
    ]);
    expect(outcome.leftOut).toEqual([
      { reason: 'consent_unknown', count: 1 },
      { reason: 'missing_contact', count: 1 },
      { reason: 'not_subscribed', count: 1 },
    ]);
  });

  it('ad audiences with everyone included keep every identifier and count who lacked consent', () => {
    const outcome = applyConsent(audience, 'ads', true);
    expect(ids(outcome)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(outcome.includedWithoutConsent).toBe(4);
    expect(outcome.leftOut).toEqual([{ reason: 'missing_contact', count: 1 }]);
  });
});
