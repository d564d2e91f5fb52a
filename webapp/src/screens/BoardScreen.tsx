/**
 * Today: every active habit, one tap to check in today and one a day for the days before (the week
 * strip), with the day's progress at a glance. Check-ins are optimistic with an Undo; the order is the
 * user's own, or sorted by name, strength or what is still to do (remembered on this device).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../api/endpoints';
import type { Board, BoardHabit } from '../api/types';
import { useSession } from '../app/session';
import { useReportError } from '../app/useApiCall';
import { useOutbox } from '../app/outbox';
import { useCheckIns, type DayChange } from '../app/useCheckIns';
import { useLoad } from '../app/useLoad';
import { useStrips } from '../app/useStrips';
import { AmountDialog } from '../components/AmountDialog';
import { HabitCard } from '../components/HabitCard';
import { LoadStatus } from '../components/LoadStatus';
import { OfflineBanner } from '../components/OfflineBanner';
import { ProgressRing } from '../components/ProgressRing';
import { addDays, formatDay, type Day } from '../lib/dates';
import { BOARD_SORTS, SORT_LABELS, loadBoardSort, saveBoardSort, sortBoard, type BoardSort } from '../lib/boardSort';
import { nextYesNo, stripDays } from '../lib/weekStrip';
import { moveItem } from '../lib/reorder';
import { boardWithPending, pendingByHabit, stripWithPending } from '../lib/pendingView';
import { HABITS_CHANGED } from '../pwa/register';

/** How often an offline board (the service worker's copy) asks the server again. */
export const OFFLINE_RETRY_MS = 5000;

export function dayProgress(habits: BoardHabit[]): { done: number; due: number } {
  const due = habits.filter((h) => h.todayStatus !== 'NOT_DUE' && h.todayStatus !== 'SKIPPED');
  return { done: due.filter((h) => h.todayStatus === 'DONE').length, due: due.length };
}

export function BoardScreen() {
  const session = useSession();
  const reportError = useReportError();
  const { setToday, profile } = session;
  const board = useLoad<Board>(
    () =>
      api.board().then((next) => {
        setToday(next.today);
        return next;
      }),
    [setToday],
  );
  const outbox = useOutbox();
  const data = useMemo(() => (board.data ? boardWithPending(board.data, outbox.pending) : null), [board.data, outbox.pending]);
  const waiting = useMemo(() => pendingByHabit(outbox.pending), [outbox.pending]);
  const habitIds = useMemo(() => data?.habits.map((h) => h.id) ?? null, [data]);
  const strips = useStrips(habitIds, data?.today ?? null);
  const change = useCheckIns(board, strips);

  // A replayed check-in's answer updates its card, as the answer to a tap would have.
  const { setData, reload } = board;
  const { onResult } = outbox;
  useEffect(
    () =>
      onResult((result) => {
        const answer = result.kind === 'sent' ? result.answer : undefined;
        if (answer?.entry) {
          const entry = answer.entry;
          setData((b) => ({ ...b, habits: b.habits.map((h) => (h.id === entry.id ? entry : h)) }));
        } else void reload();
        strips.refresh(result.entry.habitId);
      }),
    [onResult, setData, reload, strips],
  );

  // The board from the service worker's copy: ask the server again until it answers; a notification's Done too.
  const offline = board.data?.offlineAsOf ?? null;
  useEffect(() => {
    if (!offline) return;
    const again = () => void reload();
    const timer = window.setInterval(again, OFFLINE_RETRY_MS);
    window.addEventListener('online', again);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', again);
    };
  }, [offline, reload]);
  useEffect(() => {
    const again = () => void reload();
    window.addEventListener(HABITS_CHANGED, again);
    return () => window.removeEventListener(HABITS_CHANGED, again);
  }, [reload]);

  const [sort, setSort] = useState<BoardSort>(() => loadBoardSort(profile?.userId));
  useEffect(() => setSort(loadBoardSort(profile?.userId)), [profile?.userId]);
  const chooseSort = (next: BoardSort) => {
    setSort(next);
    saveBoardSort(profile?.userId, next);
  };

  const [reordering, setReordering] = useState(false);
  const [dragged, setDragged] = useState<string | null>(null);
  const [amountFor, setAmountFor] = useState<{ habit: BoardHabit; day: Day } | null>(null);
  const focusAfterMove = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfterMove.current) {
      document.getElementById(focusAfterMove.current)?.focus();
      focusAfterMove.current = null;
    }
  });

  const stripOf = (habit: BoardHabit) => {
    const strip = strips.of(habit.id);
    return strip && strip !== 'failed' && data ? stripWithPending(strip, habit, data.today, waiting.get(habit.id)) : strip;
  };
  const checkInOf = (habit: BoardHabit, day: Day) => {
    const strip = stripOf(habit);
    return strip && strip !== 'failed' ? strip[day]?.checkIn : undefined;
  };

  const onDone = (habit: BoardHabit, amount: number | null) => {
    const today = data?.today;
    if (!today) return;
    const same = habit.todayStatus === 'DONE' && (amount === null || amount === habit.todayAmount);
    void change(habit, today, same ? null : amount === null ? { status: 'DONE' } : { status: 'DONE', amount });
  };
  const onSkip = (habit: BoardHabit) => {
    const today = data?.today;
    if (today) void change(habit, today, habit.todayStatus === 'SKIPPED' ? null : { status: 'SKIPPED' });
  };
  const onDayTap = (habit: BoardHabit, day: Day) => {
    if (habit.goal.type === 'measured') {
      setAmountFor({ habit, day });
      return;
    }
    const next = nextYesNo(checkInOf(habit, day));
    void change(habit, day, next === null ? null : { status: next });
  };
  const onAmount = (choice: DayChange) => {
    if (amountFor) void change(amountFor.habit, amountFor.day, choice);
    setAmountFor(null);
  };

  // The API wants every habit in the new order, archived ones included; they keep their places
  // after the board's. Looked up once when reordering starts.
  const archivedIds = useRef<Promise<string[]> | null>(null);
  const startReordering = (on: boolean) => {
    setReordering(on);
    if (on) archivedIds.current = api.archivedHabits().then((list) => list.map((h) => h.id));
  };

  const saveOrder = useCallback(
    async (habits: BoardHabit[], previous: Board) => {
      board.setData((b) => ({ ...b, habits }));
      try {
        archivedIds.current ??= api.archivedHabits().then((list) => list.map((h) => h.id));
        const archived = await archivedIds.current;
        await api.reorder([...habits.map((h) => h.id), ...archived]);
      } catch (error) {
        archivedIds.current = null;
        board.setData(() => previous);
        reportError(error);
      }
    },
    [board, reportError],
  );
  const move = (index: number, to: number) => {
    if (!data) return;
    const id = data.habits[index]?.id;
    // Keep focus on the moved habit's button; at either end that button is disabled, so take the other.
    const last = data.habits.length - 1;
    const direction = to === 0 ? 'down' : to === last ? 'up' : to < index ? 'up' : 'down';
    focusAfterMove.current = `move-${direction}-${id}`;
    void saveOrder(moveItem(data.habits, index, to), data);
  };

  const onDrop = (event: DragEvent, targetId: string) => {
    event.preventDefault();
    if (!data || !dragged || dragged === targetId) return;
    const from = data.habits.findIndex((h) => h.id === dragged);
    const to = data.habits.findIndex((h) => h.id === targetId);
    setDragged(null);
    if (from >= 0 && to >= 0) void saveOrder(moveItem(data.habits, from, to), data);
  };

  if (!data) {
    return (
      <section aria-labelledby="board-title" className="screen">
        <h1 id="board-title">Today</h1>
        <LoadStatus state={board.state} what="your habits" onRetry={() => void board.reload()} />
      </section>
    );
  }

  const { done, due } = dayProgress(data.habits);
  const shown = reordering ? data.habits : sortBoard(data.habits, sort);
  const days = stripDays(addDays(data.today, -1), 6);
  const weekStart = profile?.weekStart ?? 'MONDAY';
  return (
    <section aria-labelledby="board-title" className="screen board">
      <header className="board-header">
        <ProgressRing done={done} total={due} />
        <div className="board-heading">
          <h1 id="board-title">Today</h1>
          <p className="muted" data-testid="today">
            {formatDay(data.today, { dateStyle: 'full' })}
          </p>
        </div>
        <div className="board-actions">
          {data.habits.length > 1 && !reordering && (
            <label className="sort-field">
              <span>Sort</span>
              <select value={sort} onChange={(e) => chooseSort(e.target.value as BoardSort)}>
                {BOARD_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {SORT_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          )}
          {data.habits.length > 1 && (sort === 'manual' || reordering) && (
            <button type="button" className="button" aria-pressed={reordering} onClick={() => startReordering(!reordering)}>
              {reordering ? 'Done reordering' : 'Reorder'}
            </button>
          )}
          <Link href="/habits/new" className="button button-primary">
            New habit
          </Link>
        </div>
      </header>
      {offline && <OfflineBanner asOf={offline} />}
      {board.state.status === 'failed' && <LoadStatus state={board.state} what="the latest figures" onRetry={() => void board.reload()} />}

      {data.habits.length === 0 ? (
        <div className="empty">
          <p>No habits yet. What would you like to do every day — or three times a week?</p>
          <Link href="/habits/new" className="button button-primary">
            Create your first habit
          </Link>
        </div>
      ) : (
        <ul className="habit-list" aria-label="Habits for today">
          {shown.map((habit, index) => (
            <HabitCard
              key={habit.id}
              habit={habit}
              reordering={reordering}
              isFirst={index === 0}
              isLast={index === shown.length - 1}
              dragging={dragged === habit.id}
              stripDays={days}
              strip={stripOf(habit)}
              waiting={waiting.get(habit.id)?.length ?? 0}
              weekStart={weekStart}
              onDone={(amount) => onDone(habit, amount)}
              onSkip={() => onSkip(habit)}
              onDayTap={(day) => onDayTap(habit, day)}
              onMoveUp={() => move(index, index - 1)}
              onMoveDown={() => move(index, index + 1)}
              onDragStart={() => setDragged(habit.id)}
              onDragEnd={() => setDragged(null)}
              onDrop={(event) => onDrop(event, habit.id)}
            />
          ))}
        </ul>
      )}

      {amountFor && amountFor.habit.goal.type === 'measured' && (
        <AmountDialog
          habitName={amountFor.habit.name}
          goal={amountFor.habit.goal}
          day={amountFor.day}
          checkIn={checkInOf(amountFor.habit, amountFor.day)}
          onChange={onAmount}
          onClose={() => setAmountFor(null)}
        />
      )}
    </section>
  );
}
