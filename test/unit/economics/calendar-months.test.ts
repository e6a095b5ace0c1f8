import { describe, expect, it } from 'vitest';
import { addMonths, monthRange, wholeMonthsBetween } from '../../../src/main/economics/calendar-months.ts';

describe('calendar months (as shop owners count them)', () => {
  it('adds months, clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2025-12-01', 12)).toBe('2026-12-01');
  });

  it('counts whole months between two days', () => {
    expect(wholeMonthsBetween('2024-01-31', '2024-02-29')).toBe(0);
    expect(wholeMonthsBetween('2024-01-31', '2024-03-01')).toBe(1);
    expect(wholeMonthsBetween('2024-05-10', '2025-05-10')).toBe(12);
  });

  it('lists the months of a range across a year end', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});
