/**
 * The create/edit habit form as plain data: its values, the checks the server also makes (so most
 * mistakes are caught before a round trip), and the mapping to and from the API's JSON. Errors are
 * keyed by the API's field paths, so a problem-details answer lands next to the same input.
 */
import type { Direction, Habit, HabitInput, Schedule } from '../api/types';
import { compareDays, isValidDay, WEEKDAYS, type Day, type Weekday } from './dates';
import { placeFieldErrors, type FieldErrors, type PlacedErrors } from './fieldErrors';

export type ScheduleType = Schedule['type'];
export type GoalType = 'yesNo' | 'measured';

export interface HabitFormValues {
  name: string;
  description: string;
  emoji: string;
  color: string;
  scheduleType: ScheduleType;
  weekdays: Weekday[];
  times: string;
  windowDays: string;
  goalType: GoalType;
  target: string;
  unit: string;
  direction: Direction;
  startDate: string;
  commitmentDays: string;
}

export type { FieldErrors };

export const COLORS = ['#00897b', '#1e88e5', '#8e24aa', '#e53935', '#f4511e', '#fdd835', '#43a047', '#6d4c41'];

export function emptyHabitForm(today: Day | null): HabitFormValues {
  return {
    name: '',
    description: '',
    emoji: '',
    color: COLORS[0] ?? '#00897b',
    scheduleType: 'daily',
    weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
    times: '3',
    windowDays: '7',
    goalType: 'yesNo',
    target: '',
    unit: '',
    direction: 'AT_LEAST',
    startDate: today ?? '',
    commitmentDays: '',
  };
}

export function habitFormFrom(habit: Habit): HabitFormValues {
  const values = emptyHabitForm(habit.startDate ?? null);
  values.name = habit.name;
  values.description = habit.description ?? '';
  values.emoji = habit.emoji ?? '';
  values.color = habit.color;
  values.scheduleType = habit.schedule.type;
  switch (habit.schedule.type) {
    case 'weekdays':
      values.weekdays = [...habit.schedule.days];
      break;
    case 'timesPerWindow':
      values.times = String(habit.schedule.times);
      values.windowDays = String(habit.schedule.days);
      break;
    case 'timesPerWeek':
    case 'timesPerMonth':
      values.times = String(habit.schedule.times);
      break;
    case 'daily':
      break;
  }
  if (habit.goal.type === 'measured') {
    values.goalType = 'measured';
    values.target = String(habit.goal.target);
    values.unit = habit.goal.unit;
    values.direction = habit.goal.direction;
  }
  values.commitmentDays = habit.commitmentDays == null ? '' : String(habit.commitmentDays);
  return values;
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

function checkRange(errors: FieldErrors, field: string, text: string, min: number, max: number, label: string) {
  const value = wholeNumber(text);
  if (value === null) errors[field] = `Enter ${label} as a whole number`;
  else if (value < min || value > max) errors[field] = `Must be between ${min} and ${max}`;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** What the server would refuse, with the same field names. Empty when the form can be sent. */
export function validateHabitForm(values: HabitFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Give the habit a name';
  else if (name.length > 100) errors.name = 'At most 100 characters';
  if (values.description.length > 1000) errors.description = 'At most 1000 characters';
  if (!HEX_COLOR.test(values.color)) errors.color = 'Must be a colour like #00897b';
  if ([...values.emoji.trim()].length > 16) errors.emoji = 'At most 16 characters';

  switch (values.scheduleType) {
    case 'daily':
      break;
    case 'weekdays':
      if (values.weekdays.length === 0) errors['schedule.days'] = 'Pick at least one day';
      break;
    case 'timesPerWindow': {
      checkRange(errors, 'schedule.days', values.windowDays, 1, 365, 'the days');
      checkRange(errors, 'schedule.times', values.times, 1, 365, 'the times');
      const times = wholeNumber(values.times);
      const days = wholeNumber(values.windowDays);
      if (!errors['schedule.times'] && !errors['schedule.days'] && times !== null && days !== null && times > days)
        errors['schedule.times'] = `Can be at most the number of days (${days})`;
      break;
    }
    case 'timesPerWeek':
      checkRange(errors, 'schedule.times', values.times, 1, 7, 'the times');
      break;
    case 'timesPerMonth':
      checkRange(errors, 'schedule.times', values.times, 1, 31, 'the times');
      break;
  }

  if (values.goalType === 'measured') {
    const target = values.target.trim();
    if (!target) errors['goal.target'] = 'Enter a target';
    else if (!/^\d+(\.\d+)?$/.test(target)) errors['goal.target'] = 'Enter a number of 0 or more';
    if (values.unit.trim().length > 20) errors['goal.unit'] = 'At most 20 characters';
  }

  if (values.startDate) {
    if (!isValidDay(values.startDate)) errors.startDate = 'Enter a date like 2026-11-01';
    else if (compareDays(values.startDate, '2000-01-01') < 0) errors.startDate = 'Must be 2000-01-01 or later';
  }
  if (values.commitmentDays.trim()) checkRange(errors, 'commitmentDays', values.commitmentDays, 3, 365, 'the days');
  return errors;
}

function scheduleOf(values: HabitFormValues): Schedule {
  switch (values.scheduleType) {
    case 'daily':
      return { type: 'daily' };
    case 'weekdays':
      // Always in calendar order, whatever order they were ticked in.
      return { type: 'weekdays', days: WEEKDAYS.filter((d) => values.weekdays.includes(d)) };
    case 'timesPerWindow':
      return { type: 'timesPerWindow', times: Number(values.times), days: Number(values.windowDays) };
    case 'timesPerWeek':
      return { type: 'timesPerWeek', times: Number(values.times) };
    case 'timesPerMonth':
      return { type: 'timesPerMonth', times: Number(values.times) };
  }
}

/**
 * The JSON to send. Emptied optional fields are sent as null so an edit clears them; an empty start
 * date is left out (the server then starts the habit today, or keeps the date it has).
 */
export function habitInputFrom(values: HabitFormValues): HabitInput {
  const input: HabitInput = {
    name: values.name.trim(),
    description: values.description.trim() || null,
    color: values.color.toLowerCase(),
    emoji: values.emoji.trim() || null,
    schedule: scheduleOf(values),
    goal:
      values.goalType === 'measured'
        ? { type: 'measured', target: Number(values.target), unit: values.unit.trim(), direction: values.direction }
        : { type: 'yesNo' },
    commitmentDays: values.commitmentDays.trim() ? Number(values.commitmentDays) : null,
  };
  if (values.startDate) input.startDate = values.startDate;
  return input;
}

/** Fields the form has an input for; a server error on any other field is shown at the top. */
export const FORM_FIELDS = [
  'name',
  'description',
  'color',
  'emoji',
  'schedule.type',
  'schedule.days',
  'schedule.times',
  'goal.type',
  'goal.target',
  'goal.unit',
  'goal.direction',
  'startDate',
  'commitmentDays',
] as const;

/** Errors on a whole object (`schedule`, `goal`) are shown by the input that picks its kind. */
export const FIELD_ALIASES: Readonly<Record<string, string>> = { schedule: 'schedule.type', goal: 'goal.type' };

/** Splits server field errors into the ones an input shows and the rest. */
export function placeServerErrors(fieldErrors: FieldErrors): PlacedErrors {
  return placeFieldErrors(fieldErrors, FORM_FIELDS, FIELD_ALIASES);
}
