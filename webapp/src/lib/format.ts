/** Small presentation helpers shared by the screens. */
import type { Goal, Schedule } from '../api/types';
import type { Weekday } from './dates';

const WEEKDAY_SHORT: Record<Weekday, string> = {
  MONDAY: 'Mon',
  TUESDAY: 'Tue',
  WEDNESDAY: 'Wed',
  THURSDAY: 'Thu',
  FRIDAY: 'Fri',
  SATURDAY: 'Sat',
  SUNDAY: 'Sun',
};

export function weekdayShort(day: Weekday): string {
  return WEEKDAY_SHORT[day];
}

export function weekdayLong(day: Weekday): string {
  return day.charAt(0) + day.slice(1).toLowerCase();
}

export function describeSchedule(schedule: Schedule): string {
  switch (schedule.type) {
    case 'daily':
      return 'Every day';
    case 'weekdays':
      return schedule.days.length === 7 ? 'Every day' : schedule.days.map(weekdayShort).join(', ');
    case 'timesPerWindow':
      return `${schedule.times} times in ${schedule.days} days`;
    case 'timesPerWeek':
      return `${schedule.times} times a week`;
    case 'timesPerMonth':
      return `${schedule.times} times a month`;
  }
}

export function describeGoal(goal: Goal): string | null {
  if (goal.type === 'yesNo') return null;
  const unit = goal.unit ? ` ${goal.unit}` : '';
  return `${goal.direction === 'AT_MOST' ? 'At most' : 'At least'} ${goal.target}${unit}`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

export function scoreText(score: number): string {
  return `${Math.round(score)}%`;
}

/** Black or white, whichever reads better on the given `#rrggbb` background (WCAG relative luminance). */
export function readableTextOn(hex: string): '#000000' | '#ffffff' {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return '#000000';
  const channel = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(match[1]!) + 0.7152 * channel(match[2]!) + 0.0722 * channel(match[3]!);
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); pick the larger.
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

const MILESTONE_NAMES: Record<string, string> = {
  STREAK_7: '7-day streak',
  STREAK_14: '14-day streak',
  STREAK_30: '30-day streak',
  STREAK_66: '66-day streak',
  STREAK_100: '100-day streak',
  STREAK_180: '180-day streak',
  STREAK_365: '365-day streak',
  COMMITMENT: 'Commitment completed',
  COMMITMENT_COMPLETED: 'Commitment completed',
};

export function milestoneName(kind: string): string {
  const known = MILESTONE_NAMES[kind];
  if (known) return known;
  const streak = /^STREAK_(\d+)$/.exec(kind);
  if (streak) return `${streak[1]}-day streak`;
  return kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' ');
}

export function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}
