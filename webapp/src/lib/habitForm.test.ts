import { describe, expect, it } from 'vitest';
import type { Habit } from '../api/types';
import { emptyHabitForm, habitFormFrom, habitInputFrom, placeServerErrors, validateHabitForm, type HabitFormValues } from './habitForm';

const valid = (changes: Partial<HabitFormValues> = {}): HabitFormValues => ({ ...emptyHabitForm('2026-11-22'), name: 'Read', ...changes });

describe('habit form validation', () => {
  it('accepts a named daily yes/no habit', () => {
    expect(validateHabitForm(valid())).toEqual({});
  });

  it('needs a name of at most 100 characters after trimming', () => {
    expect(validateHabitForm(valid({ name: '   ' })).name).toBeDefined();
    expect(validateHabitForm(valid({ name: 'x'.repeat(101) })).name).toMatch(/100/);
    expect(validateHabitForm(valid({ name: `  ${'x'.repeat(100)}  ` })).name).toBeUndefined();
  });

  it('needs at least one weekday for a weekday schedule', () => {
    expect(validateHabitForm(valid({ scheduleType: 'weekdays', weekdays: [] }))['schedule.days']).toMatch(/at least one/i);
  });

  it('keeps times within 1..days..365 for a rolling window', () => {
    expect(validateHabitForm(valid({ scheduleType: 'timesPerWindow', times: '0', windowDays: '7' }))['schedule.times']).toMatch(/between 1 and 365/);
    expect(validateHabitForm(valid({ scheduleType: 'timesPerWindow', times: '8', windowDays: '7' }))['schedule.times']).toMatch(/at most the number of days/);
    expect(validateHabitForm(valid({ scheduleType: 'timesPerWindow', times: '3', windowDays: '366' }))['schedule.days']).toMatch(/between 1 and 365/);
    expect(validateHabitForm(valid({ scheduleType: 'timesPerWindow', times: '2.5', windowDays: '7' }))['schedule.times']).toMatch(/whole number/);
    expect(validateHabitForm(valid({ scheduleType: 'timesPerWindow', times: '7', windowDays: '7' }))).toEqual({});
  });

  it('keeps calendar week and month counts within the period', () => {
    expect(validateHabitForm(valid({ scheduleType: 'timesPerWeek', times: '8' }))['schedule.times']).toBeDefined();
    expect(validateHabitForm(valid({ scheduleType: 'timesPerMonth', times: '31' }))).toEqual({});
    expect(validateHabitForm(valid({ scheduleType: 'timesPerMonth', times: '32' }))['schedule.times']).toBeDefined();
  });

  it('needs a non-negative target and a short unit for a measured goal', () => {
    expect(validateHabitForm(valid({ goalType: 'measured', target: '' }))['goal.target']).toBeDefined();
    expect(validateHabitForm(valid({ goalType: 'measured', target: '-1' }))['goal.target']).toBeDefined();
    expect(validateHabitForm(valid({ goalType: 'measured', target: '2.5', unit: 'x'.repeat(21) }))['goal.unit']).toBeDefined();
    expect(validateHabitForm(valid({ goalType: 'measured', target: '0', unit: 'cigarettes', direction: 'AT_MOST' }))).toEqual({});
  });

  it('checks the colour, the start date and the commitment length', () => {
    expect(validateHabitForm(valid({ color: 'teal' })).color).toBeDefined();
    expect(validateHabitForm(valid({ startDate: '1999-12-31' })).startDate).toMatch(/2000-01-01/);
    expect(validateHabitForm(valid({ commitmentDays: '2' })).commitmentDays).toMatch(/between 3 and 365/);
    expect(validateHabitForm(valid({ commitmentDays: '66' }))).toEqual({});
  });
});

describe('habit JSON', () => {
  it('sends each schedule in the shape of the API', () => {
    expect(habitInputFrom(valid()).schedule).toEqual({ type: 'daily' });
    expect(habitInputFrom(valid({ scheduleType: 'weekdays', weekdays: ['FRIDAY', 'MONDAY'] })).schedule).toEqual({
      type: 'weekdays',
      days: ['MONDAY', 'FRIDAY'],
    });
    expect(habitInputFrom(valid({ scheduleType: 'timesPerWindow', times: '3', windowDays: '7' })).schedule).toEqual({
      type: 'timesPerWindow',
      times: 3,
      days: 7,
    });
    expect(habitInputFrom(valid({ scheduleType: 'timesPerWeek', times: '3' })).schedule).toEqual({ type: 'timesPerWeek', times: 3 });
    expect(habitInputFrom(valid({ scheduleType: 'timesPerMonth', times: '10' })).schedule).toEqual({ type: 'timesPerMonth', times: 10 });
  });

  it('sends goals, trimmed text and nulls for cleared optional fields', () => {
    const input = habitInputFrom(
      valid({ name: ' Read ', goalType: 'measured', target: '20', unit: ' pages ', description: '  ', emoji: '', commitmentDays: '' }),
    );
    expect(input).toMatchObject({
      name: 'Read',
      goal: { type: 'measured', target: 20, unit: 'pages', direction: 'AT_LEAST' },
      description: null,
      emoji: null,
      commitmentDays: null,
      startDate: '2026-11-22',
    });
  });

  it('leaves an empty start date out rather than sending null', () => {
    expect(habitInputFrom(valid({ startDate: '' }))).not.toHaveProperty('startDate');
  });

  it('fills the form from a habit and gives back the same JSON', () => {
    const habit: Habit = {
      id: 'h1',
      position: 0,
      archived: false,
      createdAt: '2026-11-01T10:00:00Z',
      name: 'Read',
      description: '20 pages',
      color: '#00897b',
      emoji: '📚',
      schedule: { type: 'timesPerWindow', times: 3, days: 7 },
      goal: { type: 'measured', target: 20, unit: 'pages', direction: 'AT_LEAST' },
      startDate: '2026-11-01',
      commitmentDays: 66,
    };
    const { id: _id, position: _p, archived: _a, createdAt: _c, ...input } = habit;
    expect(habitInputFrom(habitFormFrom(habit))).toEqual(input);
  });
});

describe('server errors on the form', () => {
  it('puts known fields next to their input and the rest at the top', () => {
    const placed = placeServerErrors({ 'schedule.times': 'must be between 1 and 365', schedule: 'unknown type', owner: 'bad', _: 'Something else' });
    expect(placed.fields).toEqual({ 'schedule.times': 'The number of times must be between 1 and 365.', 'schedule.type': 'The schedule unknown type.' });
    expect(placed.other).toEqual(['The owner bad.', 'Something else.']);
  });
});
