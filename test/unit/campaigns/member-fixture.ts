import type { AudienceMember } from '../../../src/main/campaigns/audience-member.ts';

/** A customer with every field filled, overridable per test. */
export function member(overrides: Partial<AudienceMember> = {}): AudienceMember {
  return {
    customerId: 7,
    email: ' Ana.Lopez@Example.com ',
    phone: '(415) 555-0123',
    firstName: 'Ana',
    lastName: 'López, Jr.',
    city: 'San Francisco',
    province: 'CA',
    country: 'United States',
    zip: '94107-1234',
    acceptsEmailMarketing: 1,
    acceptsSmsMarketing: 1,
    tags: 'vip, "gift"',
    orders: 3,
    netRevenueCents: 12345,
    firstOrderDay: '2024-01-05',
    lastOrderDay: '2024-06-30',
    lastProduct: 'Green tea, 100 g',
    stage: 'repeat',
    rfmSegment: 'loyal',
    recencyScore: 4,
    frequencyScore: 3,
    monetaryScore: 5,
    predictedClvCents: 23456,
    pAlive: 0.87654,
    ...overrides,
  };
}
