import { describe, expect, it } from 'vitest';
import type { Goal } from '../api/types';
import { describeStripDay, isBeforeStart, lookOf, nextYesNo, optimisticDay, startsWeek, stripDays, stripFrom } from './weekStrip';

const yesNo: Goal = { type: 'yesNo' };
const atMost: Goal = { type: 'measured', target: 2, unit: 'coffees', direction: 'AT_MOST' };
const pages: Goal = { type: 'measured', target: 20, unit: 'pages', direction: 'AT_LEAST' };

describe('the week strip', () => {
  it('shows the last seven days, oldest first, ending today', () => {
    expect(stripDays('2026-11-22')).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
  });

  it('marks where a week begins, for the user’s week start', () => {
    expect(startsWeek('2026-11-16', 'MONDAY')).toBe(true);
    expect(startsWeek('2026-11-22', 'SUNDAY')).toBe(true);
    expect(startsWeek('2026-11-22', 'MONDAY')).toBe(false);
  });

  it('cycles a yes/no day through done, skipped and cleared, as Loop does', () => {
    expect(nextYesNo(undefined)).toBe('DONE');
    expect(nextYesNo({ day: '2026-11-20', status: 'DONE' })).toBe('SKIPPED');
    expect(nextYesNo({ day: '2026-11-20', status: 'SKIPPED' })).toBeNull();
  });

  it('tells a checked-in day from one the schedule decided (implied, not due)', () => {
    expect(lookOf({ state: 'SATISFIED', checkIn: { day: 'd', status: 'DONE' } }, yesNo)).toBe('done');
    expect(lookOf({ state: 'SATISFIED' }, yesNo)).toBe('implied');
    expect(lookOf({ state: 'EXCUSED' }, yesNo)).toBe('excused');
    expect(lookOf({ state: 'EXCUSED', checkIn: { day: 'd', status: 'SKIPPED' } }, yesNo)).toBe('skipped');
    expect(lookOf({ state: 'MISSED' }, yesNo)).toBe('missed');
    expect(lookOf({ state: 'PENDING' }, yesNo)).toBe('pending');
    expect(lookOf(undefined, yesNo)).toBe('none');
  });

  it('shows a day over an "at most" limit as missed, even today while the server calls it pending', () => {
    expect(lookOf({ state: 'PENDING', checkIn: { day: 'd', status: 'DONE', amount: 3 } }, atMost)).toBe('missed');
    expect(lookOf({ state: 'PENDING', checkIn: { day: 'd', status: 'DONE', amount: 1 } }, atMost)).toBe('pending');
  });

  it('names each day with its date, what it shows and its amount', () => {
    expect(describeStripDay('2026-11-16', { state: 'SATISFIED', checkIn: { day: '2026-11-16', status: 'DONE', amount: 25 } }, pages, false)).toBe(
      'Monday, November 16: done, 25 pages',
    );
    expect(describeStripDay('2026-11-21', { state: 'PENDING', checkIn: { day: '2026-11-21', status: 'DONE', amount: 4 } }, atMost, false)).toBe(
      'Saturday, November 21: missed, 4 coffees, over the limit',
    );
    expect(describeStripDay('2026-11-17', undefined, yesNo, true)).toBe('Tuesday, November 17: before the habit started');
  });

  it('knows the days before the habit’s start', () => {
    expect(isBeforeStart('2026-11-17', '2026-11-18')).toBe(true);
    expect(isBeforeStart('2026-11-18', '2026-11-18')).toBe(false);
    expect(isBeforeStart('2026-11-18', null)).toBe(false);
  });

  it('reads the history answer into days', () => {
    const days = stripFrom({
      days: [
        { day: '2026-11-21', state: 'SATISFIED' },
        { day: '2026-11-22', state: 'PENDING' },
      ],
      checkins: [{ day: '2026-11-21', status: 'DONE', note: 'late' }],
    });
    expect(days).toEqual({
      '2026-11-21': { state: 'SATISFIED', checkIn: { day: '2026-11-21', status: 'DONE', note: 'late' } },
      '2026-11-22': { state: 'PENDING' },
    });
  });

  it('guesses a changed day’s look at once, leaving a cleared one to the server', () => {
    expect(optimisticDay({ day: 'd', status: 'DONE' }, yesNo, false)).toMatchObject({ state: 'SATISFIED' });
    expect(optimisticDay({ day: 'd', status: 'SKIPPED' }, yesNo, false)).toMatchObject({ state: 'EXCUSED' });
    expect(optimisticDay({ day: 'd', status: 'DONE', amount: 5 }, pages, true)).toMatchObject({ state: 'PENDING' });
    expect(optimisticDay({ day: 'd', status: 'DONE', amount: 5 }, pages, false)).toMatchObject({ state: 'MISSED' });
    expect(optimisticDay(undefined, yesNo, false)).toEqual({});
  });
});
