import { afterEach, describe, expect, it } from 'vitest';
import { boardHabit } from '../test/fixtures';
import { loadBoardSort, saveBoardSort, sortBoard } from './boardSort';

const habits = [
  boardHabit({ id: 'a', name: 'walk', score: 40, todayStatus: 'DONE' }),
  boardHabit({ id: 'b', name: 'Read', score: 80, todayStatus: 'NOT_DUE' }),
  boardHabit({ id: 'c', name: 'Yoga', score: 10, todayStatus: 'PENDING' }),
  boardHabit({ id: 'd', name: 'coffee', score: 40, todayStatus: 'PENDING', todayAmount: 5, goal: { type: 'measured', target: 2, unit: '', direction: 'AT_MOST' } }),
];
const ids = (list: { id: string }[]) => list.map((h) => h.id);

afterEach(() => window.localStorage.clear());

describe('sorting the board', () => {
  it('keeps the saved order when manual', () => {
    expect(ids(sortBoard(habits, 'manual'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts by name ignoring case', () => {
    expect(ids(sortBoard(habits, 'name'))).toEqual(['d', 'b', 'a', 'c']);
  });

  it('puts the strongest first, ties in the saved order', () => {
    expect(ids(sortBoard(habits, 'score'))).toEqual(['b', 'a', 'd', 'c']);
  });

  it('puts what is still to do first; a habit over its "at most" limit has nothing left to do', () => {
    expect(ids(sortBoard(habits, 'status'))).toEqual(['c', 'a', 'd', 'b']);
  });

  it('is remembered per user on this device', () => {
    saveBoardSort('u1', 'score');
    expect(loadBoardSort('u1')).toBe('score');
    expect(loadBoardSort('u2')).toBe('manual');
  });

  it('falls back to manual for anything stored that is not a sort', () => {
    window.localStorage.setItem('habit-tracker.board-sort.u1', 'colour');
    expect(loadBoardSort('u1')).toBe('manual');
  });
});
