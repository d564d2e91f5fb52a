/**
 * The board as it will be once the outbox is sent: a waiting change of today shows on the card, a waiting
 * change of an earlier day on its strip. (After a reload offline the board and strips are the service
 * worker's copies, from before the change.)
 */
import type { Board, BoardHabit, CheckIn } from '../api/types';
import type { QueuedCheckIn } from './outbox';
import { optimisticDay, type StripDays } from './weekStrip';

function checkInOf(entry: QueuedCheckIn): CheckIn | undefined {
  return entry.change ? { day: entry.day, ...entry.change } : undefined;
}

export function pendingByHabit(pending: readonly QueuedCheckIn[]): Map<string, QueuedCheckIn[]> {
  const byHabit = new Map<string, QueuedCheckIn[]>();
  for (const entry of pending) byHabit.set(entry.habitId, [...(byHabit.get(entry.habitId) ?? []), entry]);
  return byHabit;
}

export function habitWithPending(habit: BoardHabit, today: string, pending: readonly QueuedCheckIn[] | undefined): BoardHabit {
  const todays = pending?.find((entry) => entry.day === today);
  if (!todays) return habit;
  return { ...habit, todayStatus: todays.change?.status ?? 'PENDING', todayAmount: todays.change?.amount ?? null };
}

export function boardWithPending(board: Board, pending: readonly QueuedCheckIn[]): Board {
  if (pending.length === 0) return board;
  const byHabit = pendingByHabit(pending);
  return { ...board, habits: board.habits.map((habit) => habitWithPending(habit, board.today, byHabit.get(habit.id))) };
}

export function stripWithPending(strip: StripDays, habit: BoardHabit, today: string, pending: readonly QueuedCheckIn[] | undefined): StripDays {
  if (!pending?.length) return strip;
  const copy = { ...strip };
  for (const entry of pending) {
    if (entry.day in copy) copy[entry.day] = optimisticDay(checkInOf(entry), habit.goal, entry.day === today);
  }
  return copy;
}
