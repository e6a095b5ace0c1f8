import { describe, expect, it } from 'vitest';
import { parseTrafficCount, parseTrafficMonth, trafficLayout } from '../../../src/main/import/traffic/traffic-file.ts';

describe('traffic reports (docs/formats.md, "Traffic reports")', () => {
  it('are recognised by a period and a sessions column, Shopify\'s names telling Shopify\'s apart, never an order file', () => {
    expect(trafficLayout(['Day', 'Online store sessions', 'Sessions with cart additions'])).toMatchObject({ kind: 'shopify_traffic', columns: { period: 0, sessions: 1, addedToCart: 2, visitors: -1 } });
    expect(trafficLayout(['month', ' sessions ', 'Users'])).toMatchObject({ kind: 'traffic', columns: { period: 0, sessions: 1, visitors: 2 } });
    expect(trafficLayout(['Date', 'Visitors'])).toBeNull();
    expect(trafficLayout(['Date', 'Sessions', 'Total'])).toBeNull();
  });

  it('read months and counts as reports and spreadsheets write them', () => {
    expect(['2025-03', '03/2025', '2025/3', 'Mar 2025', 'March 2025'].map(parseTrafficMonth)).toEqual(['2025-03', '2025-03', '2025-03', '2025-03', '2025-03']);
    expect(['2025-13', 'Foo 2025', '2025-03-01'].map(parseTrafficMonth)).toEqual([null, null, null]);
    expect(['1234', '1,234', '1.234', '1 234', "1'234", '1234.0', '12,345,678', '0'].map(parseTrafficCount)).toEqual([1234, 1234, 1234, 1234, 1234, 1234, 12_345_678, 0]);
    expect(['12.5', '-3', 'twelve', '', '1,23'].map(parseTrafficCount)).toEqual([null, null, null, null, null]);
  });
});
