/** The board's order, as Loop offers it: manual (the saved order), by name, by strength, by today's status. */
import type { BoardHabit, TodayStatus } from '../api/types';
import { overLimit } from './goal';

export const BOARD_SORTS = ['manual', 'name', 'score', 'status'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

export const SORT_LABELS: Record<BoardSort, string> = {
  manual: 'My order',
  name: 'Name',
  score: 'Strength',
  status: 'Still to do first',
};

/** Still open first, then done, then skipped and not due: what needs doing is on top. */
const STATUS_RANK: Record<TodayStatus, number> = { PENDING: 0, DONE: 1, SKIPPED: 2, NOT_DUE: 3 };

function statusRank(habit: BoardHabit): number {
  // Over an "at most" limit today is missed: nothing left to do, so it goes with the done ones.
  return habit.todayStatus === 'PENDING' && overLimit(habit.goal, habit.todayAmount) ? 1 : STATUS_RANK[habit.todayStatus];
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A new list in the chosen order; ties keep the manual order. */
export function sortBoard(habits: readonly BoardHabit[], sort: BoardSort): BoardHabit[] {
  const indexed = habits.map((habit, index) => ({ habit, index }));
  const compare = (a: BoardHabit, b: BoardHabit): number => {
    switch (sort) {
      case 'manual':
        return 0;
      case 'name':
        return byName.compare(a.name, b.name);
      case 'score':
        return b.score - a.score;
      case 'status':
        return statusRank(a) - statusRank(b);
    }
  };
  return indexed.sort((a, b) => compare(a.habit, b.habit) || a.index - b.index).map(({ habit }) => habit);
}

/** Remembered per user on this device (a phone and a laptop may well want different orders). */
function storageKey(userId: string): string {
  return `habit-tracker.board-sort.${userId}`;
}

export function loadBoardSort(userId: string | null | undefined): BoardSort {
  if (!userId) return 'manual';
  try {
    const stored = window.localStorage.getItem(storageKey(userId));
    return (BOARD_SORTS as readonly string[]).includes(stored ?? '') ? (stored as BoardSort) : 'manual';
  } catch {
    return 'manual'; // storage blocked (private mode, policy): the default it is
  }
}

export function saveBoardSort(userId: string | null | undefined, sort: BoardSort): void {
  if (!userId) return;
  try {
    window.localStorage.setItem(storageKey(userId), sort);
  } catch {
    // Not remembered, but the board is still sorted for this visit.
  }
}
