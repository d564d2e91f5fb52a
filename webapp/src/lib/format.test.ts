import { describe, expect, it } from 'vitest';
import { contrastRatio, describeGoal, describeSchedule, formatAmount, milestoneName, readableTextOn, ringColorOn, SURFACES } from './format';
import { safeNext, loginPathFor } from './redirect';
import { moveItem } from './reorder';

describe('presentation', () => {
  it('describes every schedule in words', () => {
    expect(describeSchedule({ type: 'daily' })).toBe('Every day');
    expect(describeSchedule({ type: 'weekdays', days: ['MONDAY', 'FRIDAY'] })).toBe('Mon, Fri');
    expect(describeSchedule({ type: 'timesPerWindow', times: 3, days: 7 })).toBe('3 times in 7 days');
    expect(describeSchedule({ type: 'timesPerWeek', times: 2 })).toBe('2 times a week');
    expect(describeSchedule({ type: 'timesPerMonth', times: 10 })).toBe('10 times a month');
  });

  it('describes measured goals and not yes/no ones', () => {
    expect(describeGoal({ type: 'yesNo' })).toBeNull();
    expect(describeGoal({ type: 'measured', target: 5, unit: 'cigarettes', direction: 'AT_MOST' })).toBe('At most 5 cigarettes');
  });

  it('picks the text colour with the better contrast on a habit colour', () => {
    expect(readableTextOn('#fdd835')).toBe('#000000');
    expect(readableTextOn('#1e3a8a')).toBe('#ffffff');
    expect(readableTextOn('not a colour')).toBe('#000000');
  });

  it('names milestones', () => {
    expect(milestoneName('STREAK_7')).toBe('7-day streak');
    expect(milestoneName('STREAK_1000')).toBe('1000-day streak');
    expect(milestoneName('COMMITMENT')).toBe('Commitment completed');
  });

  it('prints amounts without trailing zeros', () => {
    expect(formatAmount(12)).toBe('12');
    expect(formatAmount(1.5)).toBe('1.5');
    expect(formatAmount(0.125)).toBe('0.13');
  });
});

describe('going back after logging in', () => {
  it('only returns to a path on this site', () => {
    expect(safeNext('/habits/abc?x=1')).toBe('/habits/abc?x=1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/login')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });

  it('remembers where the user was', () => {
    expect(loginPathFor('/habits/abc')).toBe('/login?next=%2Fhabits%2Fabc');
    expect(loginPathFor('/')).toBe('/login');
  });
});

describe('reordering', () => {
  it('moves one item and keeps the rest in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
  });
});

describe('habit colour rings', () => {
  it('keep a colour that already stands out from the card at 3:1', () => {
    expect(ringColorOn('#00897b', SURFACES.light)).toBe('#00897b');
  });

  it('darken the palette’s yellow on a light card until it meets 3:1', () => {
    const ring = ringColorOn('#fdd835', SURFACES.light);
    expect(contrastRatio('#fdd835', SURFACES.light)).toBeLessThan(3);
    expect(contrastRatio(ring, SURFACES.light)).toBeGreaterThanOrEqual(3);
  });

  it('lighten a dark colour on the dark card until it meets 3:1', () => {
    const ring = ringColorOn('#6d4c41', SURFACES.dark);
    expect(contrastRatio(ring, SURFACES.dark)).toBeGreaterThanOrEqual(3);
  });
});
