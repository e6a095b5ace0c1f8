import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/main/import/store/fingerprint.ts';

describe('content fingerprint', () => {
  const order = ['shopify', '5512345678901', '#1001', null, 'ann@example.com', null, '2024-05-01T10:00:00+02:00', 1714550400000, '2024-05-01', 'EUR', 1300, 300];

  it('is 16 hex digits and the same for the same values', () => {
    expect(fingerprint(order)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint([...order])).toBe(fingerprint(order));
  });

  it('changes when any value changes: a refund of one cent, a status, a blank filled in', () => {
    const seen = new Set([fingerprint(order)]);
    for (const [i, value] of [[10, 1301], [11, 299], [9, 'USD'], [3, 12], [5, '5550102030'], [7, 1714550400001]] as const) {
      const changed: unknown[] = [...order];
      changed[i] = value;
      seen.add(fingerprint(changed));
    }
    expect(seen.size).toBe(7);
  });

  it('tells apart values that would read alike as joined text', () => {
    expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['a', 'bc']));
    expect(fingerprint([1.5])).not.toBe(fingerprint([1]));
    expect(fingerprint([2 ** 32])).not.toBe(fingerprint([0]));
  });
});
