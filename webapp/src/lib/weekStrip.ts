/**
 * The board's strip of recent days, as Loop Habit Tracker draws it: what each day shows, what a tap on
 * it does next, and how it is read out. Pure functions over the history API's answer.
 */
import type { CheckIn, DayState, Goal, History } from '../api/types';
import { addDays, compareDays, formatDay, type Day, type Weekday, startOfWeek } from './dates';
import { formatAmount } from './format';
import { meetsGoal, overLimit } from './goal';

/** How many days the strip shows, today included. */
export const STRIP_DAYS = 7;

/** One day of the strip: the server's verdict on it and the check-in recorded, if any. */
export interface StripDay {
  /** Absent before the habit's first day, and while a change of the day is being worked out. */
  state?: DayState;
  checkIn?: CheckIn;
}

export type StripDays = Readonly<Record<Day, StripDay>>;

/**
 * What a day looks like: checked in (done / skipped), or what the schedule made of it — implied
 * (satisfied without a check-in, e.g. the week's "3 times" already reached), excused (not due, paused),
 * missed, pending (today, still open) — or nothing known (before the start).
 */
export type StripLook = 'done' | 'implied' | 'skipped' | 'excused' | 'missed' | 'pending' | 'none';

export function lookOf(cell: StripDay | undefined, goal: Goal): StripLook {
  const checkIn = cell?.checkIn;
  if (checkIn?.status === 'SKIPPED') return 'skipped';
  if (checkIn?.status === 'DONE') {
    if (overLimit(goal, checkIn.amount)) return 'missed';
    // A measured day below its target is recorded but not satisfied: the server says MISSED or PENDING.
    return cell?.state === undefined || cell.state === 'SATISFIED' ? 'done' : cell.state === 'PENDING' ? 'pending' : 'missed';
  }
  switch (cell?.state) {
    case 'SATISFIED':
      return 'implied';
    case 'EXCUSED':
      return 'excused';
    case 'MISSED':
      return 'missed';
    case 'PENDING':
      return 'pending';
    default:
      return 'none';
  }
}

const LOOK_TEXT: Record<StripLook, string> = {
  done: 'done',
  implied: 'done by the schedule, no check-in needed',
  skipped: 'skipped',
  excused: 'not due',
  missed: 'missed',
  pending: 'not done yet',
  none: 'no entry',
};

/** The spoken name of a day's button: "Monday, November 16: done, 25 pages". */
export function describeStripDay(day: Day, cell: StripDay | undefined, goal: Goal, beforeStart: boolean): string {
  const date = formatDay(day, { weekday: 'long', month: 'long', day: 'numeric' });
  const look = lookOf(cell, goal);
  const amount = cell?.checkIn?.amount;
  const unit = goal.type === 'measured' && goal.unit ? ` ${goal.unit}` : '';
  const parts = [look === 'none' && beforeStart ? 'before the habit started' : LOOK_TEXT[look]];
  if (amount != null) parts.push(`${formatAmount(amount)}${unit}`);
  if (look === 'missed' && amount != null && overLimit(goal, amount)) parts.push('over the limit');
  return `${date}: ${parts.join(', ')}`;
}

/** The check-in a tap on a yes/no day leads to: nothing → done → skipped → nothing, as in Loop. */
export function nextYesNo(checkIn: CheckIn | undefined): 'DONE' | 'SKIPPED' | null {
  if (!checkIn) return 'DONE';
  return checkIn.status === 'DONE' ? 'SKIPPED' : null;
}

/** The days of the strip, oldest first, ending today. */
export function stripDays(today: Day, count = STRIP_DAYS): Day[] {
  return Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
}

/** True for a day that begins a week (the user's week start), where the strip draws a gap. */
export function startsWeek(day: Day, weekStart: Weekday): boolean {
  return startOfWeek(day, weekStart) === day;
}

export function isBeforeStart(day: Day, startDate: Day | null | undefined): boolean {
  return !!startDate && compareDays(day, startDate) < 0;
}

/** The history answer as strip days. */
export function stripFrom(history: History): Record<Day, StripDay> {
  const days: Record<Day, StripDay> = {};
  for (const { day, state } of history.days) days[day] = { ...days[day], state };
  for (const checkIn of history.checkins) days[checkIn.day] = { ...days[checkIn.day], checkIn };
  return days;
}

/**
 * A day right after a change, before the server has said what it makes of it: done satisfies it when the
 * amount meets the goal (today stays open otherwise, a past day is missed), a skip excuses it, and a
 * cleared day is unknown (drawn empty) until the week is read again.
 */
export function optimisticDay(checkIn: CheckIn | undefined, goal: Goal, isToday: boolean): StripDay {
  if (!checkIn) return {};
  if (checkIn.status === 'SKIPPED') return { checkIn, state: 'EXCUSED' };
  if (meetsGoal(goal, checkIn.amount)) return { checkIn, state: 'SATISFIED' };
  return { checkIn, state: isToday && !overLimit(goal, checkIn.amount) ? 'PENDING' : 'MISSED' };
}
