import { describe, expect, it } from 'vitest';
import type { Goal } from '../api/types';
import { meetsGoal, overLimit } from './goal';

const atMost: Goal = { type: 'measured', target: 2, unit: 'cups', direction: 'AT_MOST' };
const atLeast: Goal = { type: 'measured', target: 20, unit: 'pages', direction: 'AT_LEAST' };

describe('goals', () => {
  it('meet an "at least" target from the target up', () => {
    expect(meetsGoal(atLeast, 19)).toBe(false);
    expect(meetsGoal(atLeast, 20)).toBe(true);
  });

  it('meet an "at most" limit up to the limit', () => {
    expect(meetsGoal(atMost, 2)).toBe(true);
    expect(meetsGoal(atMost, 3)).toBe(false);
  });

  it('call a day over an "at most" limit over it, and nothing else', () => {
    expect(overLimit(atMost, 3)).toBe(true);
    expect(overLimit(atMost, 2)).toBe(false);
    expect(overLimit(atMost, null)).toBe(false);
    expect(overLimit(atLeast, 300)).toBe(false);
    expect(overLimit({ type: 'yesNo' }, 5)).toBe(false);
  });
});
