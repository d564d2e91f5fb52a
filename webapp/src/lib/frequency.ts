/** Check-ins counted per week or per month over the last year, for the frequency chart (as Loop's). */
import type { CheckIn, Goal } from '../api/types';
import { addDays, compareDays, lastMonths, monthOf, startOfWeek, type Day, type Weekday } from './dates';

export type Period = 'week' | 'month';

export interface Bucket {
  /** The first day of the week, or the month as `YYYY-MM`. */
  key: string;
  /** Days done; for a measured habit the amounts added up. */
  value: number;
}

/**
 * The last `count` weeks (starting on the user's week start) or months, oldest first, each with the check-ins
 * marked done that fall in it. A measured habit counts its amounts, as Loop does, since "how much" is the point.
 */
export function frequency(checkins: readonly CheckIn[], goal: Goal, today: Day, weekStart: Weekday, period: Period, count: number): Bucket[] {
  const keys =
    period === 'month'
      ? lastMonths(today, count)
      : Array.from({ length: count }, (_, i) => addDays(startOfWeek(today, weekStart), -7 * (count - 1 - i)));
  const totals = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const checkIn of checkins) {
    if (checkIn.status !== 'DONE' || compareDays(checkIn.day, today) > 0) continue;
    const key = period === 'month' ? monthOf(checkIn.day) : startOfWeek(checkIn.day, weekStart);
    const current = totals.get(key);
    if (current === undefined) continue;
    totals.set(key, current + (goal.type === 'measured' ? (checkIn.amount ?? 0) : 1));
  }
  return keys.map((key) => ({ key, value: Math.round((totals.get(key) ?? 0) * 1000) / 1000 }));
}
