/** The reminder form's values and its own checks, before the server's (which name the same fields). */
import type { Reminder, ReminderInput } from '../api/types';
import { WEEKDAYS, type Weekday } from './dates';
import type { FieldErrors } from './fieldErrors';

export interface ReminderValues {
  enabled: boolean;
  time: string;
  days: Weekday[];
}

export const DEFAULT_REMINDER_TIME = '08:00';

/** A habit without a reminder starts from every day at 08:00, switched off. */
export function reminderValues(reminder: Reminder | null): ReminderValues {
  if (!reminder) return { enabled: false, time: DEFAULT_REMINDER_TIME, days: [...WEEKDAYS] };
  return { enabled: true, time: reminder.time, days: WEEKDAYS.filter((d) => reminder.days.includes(d)) };
}

export function validateReminder(values: ReminderValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(values.time)) errors.time = 'Choose a time of day.';
  if (values.days.length === 0) errors.days = 'Choose at least one day.';
  return errors;
}

export function reminderInput(values: ReminderValues): ReminderInput {
  return { time: values.time, days: WEEKDAYS.filter((d) => values.days.includes(d)) };
}

/** The server's field paths the form shows next to its inputs: `days[2]` belongs to the days. */
export const REMINDER_INPUTS = ['time', 'days'] as const;
export const REMINDER_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(WEEKDAYS.map((_, i) => [`days[${i}]`, 'days']));
