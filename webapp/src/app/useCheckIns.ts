/**
 * Check-ins from the board, optimistic: the card changes at once, a toast offers Undo, and the save
 * runs behind. The answer's updated board entry replaces the card (an older server without one: the
 * board is read again); a refusal puts the card back as it was and says why. When the server cannot be
 * reached the change waits in the outbox (app/outbox.tsx) and the card keeps it, marked as waiting; while
 * anything waits, later changes join the line behind it, so the server gets them in the order they were made.
 */
import { useCallback, useRef } from 'react';
import { ApiError, NetworkError, errorMessage } from '../api/client';
import { api } from '../api/endpoints';
import type { Board, BoardHabit, CheckIn, CheckInChange, CheckInStatus, TodayStatus } from '../api/types';
import { compareDays, formatDay, type Day } from '../lib/dates';
import { formatAmount } from '../lib/format';
import { optimisticDay, type StripDay } from '../lib/weekStrip';
import { useOutbox } from './outbox';
import { useToasts } from './toasts';
import type { Loaded } from './useLoad';
import type { Strips } from './useStrips';

/** What a day becomes: a check-in, or nothing (cleared). */
export type DayChange = { status: CheckInStatus; amount?: number | null } | null;

function todayStatusOf(change: DayChange): TodayStatus {
  return change === null ? 'PENDING' : change.status;
}

function changeOf(checkIn: CheckIn | undefined): DayChange {
  return checkIn ? { status: checkIn.status, ...(checkIn.amount != null ? { amount: checkIn.amount } : {}) } : null;
}

function replaceEntry(board: Board, entry: BoardHabit): Board {
  return { ...board, habits: board.habits.map((h) => (h.id === entry.id ? entry : h)) };
}

function describeChange(habit: BoardHabit, change: DayChange): string {
  if (change === null) return 'cleared';
  if (change.status === 'SKIPPED') return 'skipped';
  const unit = habit.goal.type === 'measured' && habit.goal.unit ? ` ${habit.goal.unit}` : '';
  return change.amount != null && habit.goal.type === 'measured' ? `${formatAmount(change.amount)}${unit}` : 'done';
}

export function dayName(day: Day, today: Day): string {
  return day === today ? 'today' : formatDay(day, { weekday: 'short', month: 'short', day: 'numeric' });
}

export function useCheckIns(board: Loaded<Board>, strips: Strips) {
  const toasts = useToasts();
  const outbox = useOutbox();
  const outboxRef = useRef(outbox);
  outboxRef.current = outbox;
  // The latest change of each habit's day: only its answer (or failure) may touch the card.
  const latest = useRef(new Map<string, number>());
  const counter = useRef(0);
  // The earliest start each habit has been moved to here: taps on several earlier days in a row must only
  // ever move it back, even before the first move's answer has reached the card.
  const starts = useRef(new Map<string, Day>());
  const boardRef = useRef(board);
  boardRef.current = board;

  const change = useCallback(
    async (habit: BoardHabit, day: Day, next: DayChange, { undoing = false } = {}): Promise<void> => {
      const today = boardRef.current.data?.today;
      if (!today) return;
      const key = `${habit.id}/${day}`;
      const mine = ++counter.current;
      latest.current.set(key, mine);

      const strip = strips.of(habit.id);
      const before: StripDay | undefined = strip && strip !== 'failed' ? strip[day] : undefined;
      const entryBefore = boardRef.current.data?.habits.find((h) => h.id === habit.id) ?? habit;
      // A note written on the habit page stays when the day is cycled here.
      const note = before?.checkIn?.note ?? null;
      const checkIn: CheckIn | undefined = next ? { day, ...next, ...(note ? { note } : {}) } : undefined;
      // A day before the habit's start would not count: the start moves back to it, and the toast says so.
      const knownStart = [starts.current.get(habit.id), habit.startDate].filter((d): d is Day => !!d).sort(compareDays)[0];
      const movesStart = next !== null && !!knownStart && compareDays(day, knownStart) < 0;
      if (movesStart) starts.current.set(habit.id, day);

      strips.setDay(habit.id, day, optimisticDay(checkIn, habit.goal, day === today));
      if (day === today) {
        board.setData((b) =>
          replaceEntry(b, { ...entryBefore, todayStatus: todayStatusOf(next), todayAmount: next?.amount ?? null }),
        );
      }
      const toastKey = `check-in:${habit.id}`;
      const what = `${habit.name}, ${dayName(day, today)}: ${describeChange(habit, next)}.`;
      const moved = movesStart ? ` It now starts on ${formatDay(day)}, so the day counts.` : '';
      toasts.show(undoing ? `Undone. ${what}` : `${what}${moved}`, 'info', {
        key: toastKey,
        ...(undoing ? {} : { action: { label: 'Undo', run: () => void change(habit, day, changeOf(before?.checkIn), { undoing: true }) } }),
      });

      const wait = async () => {
        await outboxRef.current.add({
          habitId: habit.id,
          habitName: habit.name,
          day,
          change: next ? { ...next, ...(note ? { note } : {}) } : null,
          moveStart: movesStart ? day : null,
        });
      };
      if (outboxRef.current.pending.length > 0) {
        await wait();
        void outboxRef.current.replayNow();
        return;
      }

      try {
        if (movesStart) await api.moveStart(habit.id, day);
        const answer: CheckInChange | undefined = next
          ? await api.recordCheckIn(habit.id, day, { ...next, ...(note ? { note } : {}) })
          : await api.clearCheckIn(habit.id, day);
        if (latest.current.get(key) !== mine) return;
        if (answer?.entry) board.setData((b) => replaceEntry(b, answer.entry!));
        else void board.reload();
        strips.refresh(habit.id);
      } catch (error) {
        if (latest.current.get(key) !== mine) return;
        if (error instanceof NetworkError) {
          await wait();
          toasts.show(`${habit.name}, ${dayName(day, today)}: saved on this device, to be sent when the server can be reached.`, 'info', {
            key: toastKey,
            ...(undoing ? {} : { action: { label: 'Undo', run: () => void change(habit, day, changeOf(before?.checkIn), { undoing: true }) } }),
          });
          return;
        }
        strips.setDay(habit.id, day, before);
        board.setData((b) => replaceEntry(b, entryBefore));
        const reason = error instanceof ApiError && error.status === 401 ? 'Your session has expired; log in again and retry.' : errorMessage(error);
        toasts.show(`Not saved: ${habit.name} ${dayName(day, today)} is back as it was. ${reason}`, 'error', { key: toastKey });
      }
    },
    [board, strips, toasts],
  );

  return change;
}
