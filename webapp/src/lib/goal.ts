/** What an amount means for a habit's goal: one home for "at least / at most a target". */
import type { Goal } from '../api/types';

/** True when the amount meets a measured goal; a yes/no goal is met by any check-in marked done. */
export function meetsGoal(goal: Goal, amount: number | null | undefined): boolean {
  if (goal.type === 'yesNo') return true;
  const value = amount ?? 0;
  return goal.direction === 'AT_MOST' ? value <= goal.target : value >= goal.target;
}

/**
 * Going over an "at most" limit cannot be undone by adding more later in the day, so such a day is
 * missed already, even while the server still calls today "pending" (it only decides when the day is over).
 */
export function overLimit(goal: Goal, amount: number | null | undefined): boolean {
  return goal.type === 'measured' && goal.direction === 'AT_MOST' && amount != null && amount > goal.target;
}
