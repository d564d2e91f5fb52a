import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../api/types';
import { frequency } from './frequency';

const done = (day: string, amount?: number): CheckIn => ({ day, status: 'DONE', ...(amount !== undefined ? { amount } : {}) });

describe('the frequency chart', () => {
  it('counts days done per week, weeks starting on the user’s week start, oldest first', () => {
    const checkins = [done('2026-11-16'), done('2026-11-17'), done('2026-11-22'), { day: '2026-11-21', status: 'SKIPPED' as const }, done('2026-11-10')];
    expect(frequency(checkins, { type: 'yesNo' }, '2026-11-22', 'MONDAY', 'week', 3)).toEqual([
      { key: '2026-11-02', value: 0 },
      { key: '2026-11-09', value: 1 },
      { key: '2026-11-16', value: 3 },
    ]);
    expect(frequency(checkins, { type: 'yesNo' }, '2026-11-22', 'SUNDAY', 'week', 2)).toEqual([
      { key: '2026-11-15', value: 2 },
      { key: '2026-11-22', value: 1 },
    ]);
  });

  it('adds up the amounts of a measured habit per month', () => {
    const goal = { type: 'measured' as const, target: 20, unit: 'pages', direction: 'AT_LEAST' as const };
    expect(frequency([done('2026-10-31', 12.5), done('2026-11-01', 20), done('2026-11-22', 5)], goal, '2026-11-22', 'MONDAY', 'month', 2)).toEqual([
      { key: '2026-10', value: 12.5 },
      { key: '2026-11', value: 25 },
    ]);
  });
});
