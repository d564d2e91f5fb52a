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

function rgbOf(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return match ? [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)] : null;
}

/** WCAG relative luminance of an `#rrggbb` colour (0 black … 1 white). */
function luminanceOf([r, g, b]: [number, number, number]): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminanceOf(rgbOf(a) ?? [0, 0, 0]);
  const lb = luminanceOf(rgbOf(b) ?? [0, 0, 0]);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever reads better on the given `#rrggbb` background (WCAG relative luminance). */
export function readableTextOn(hex: string): '#000000' | '#ffffff' {
  const rgb = rgbOf(hex);
  if (!rgb) return '#000000';
  const luminance = luminanceOf(rgb);
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); pick the larger.
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/** The card surfaces of the light and dark themes (styles.css `--surface`). */
export const SURFACES = { light: '#ffffff', dark: '#1a1f24' } as const;

const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0');

/**
 * The habit's colour for a ring or outline on `surface`: the colour itself when it stands out from the
 * surface at 3:1 (WCAG 1.4.11, non-text contrast), else mixed towards black (light theme) or white
 * (dark theme) just enough to. A pale yellow becomes an amber ring on white; the fill keeps its colour.
 */
export function ringColorOn(hex: string, surface: string): string {
  const rgb = rgbOf(hex);
  if (!rgb) return hex;
  const towards = luminanceOf(rgbOf(surface) ?? [255, 255, 255]) > 0.5 ? 0 : 255;
  for (let step = 0; step <= 20; step++) {
    const mix = step / 20;
    const candidate = `#${rgb.map((c) => hex2(c + (towards - c) * mix)).join('')}`;
    if (contrastRatio(candidate, surface) >= 3) return candidate;
  }
  return towards === 0 ? '#000000' : '#ffffff';
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

/** The CSS variables of a habit's colour: the fill, and its ring for each theme (styles.css picks one). */
export function habitColorVars(color: string): Record<string, string> {
  return { '--habit-color': color, '--on-habit': readableTextOn(color), '--ring-light': ringColorOn(color, SURFACES.light), '--ring-dark': ringColorOn(color, SURFACES.dark) };
}

/** An amount in a small calendar cell: 25, 2.5, 1234 → 1.2k, 25000 → 25k. */
export function shortAmount(amount: number): string {
  if (amount >= 10_000) return `${Math.round(amount / 1000)}k`;
  if (amount >= 1000) return `${(amount / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return formatAmount(Math.round(amount * 10) / 10);
}
