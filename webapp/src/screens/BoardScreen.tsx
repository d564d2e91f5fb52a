/** Today: every active habit in order, one tap to check in, with the day's progress at a glance. */
import { useCallback, useEffect, useRef, useState, type CSSProperties, type DragEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../api/endpoints';
import type { Board, BoardHabit } from '../api/types';
import { useSession } from '../app/session';
import { useReportError } from '../app/useApiCall';
import { Loading } from '../components/Loading';
import { ProgressRing } from '../components/ProgressRing';
import { amountFrom, amountInputProps } from '../lib/amount';
import { formatDay } from '../lib/dates';
import { describeGoal, describeSchedule, formatAmount, readableTextOn, scoreText } from '../lib/format';
import { moveItem } from '../lib/reorder';

export function dayProgress(habits: BoardHabit[]): { done: number; due: number } {
  const due = habits.filter((h) => h.todayStatus !== 'NOT_DUE' && h.todayStatus !== 'SKIPPED');
  return { done: due.filter((h) => h.todayStatus === 'DONE').length, due: due.length };
}

export function BoardScreen() {
  const session = useSession();
  const reportError = useReportError();
  const [board, setBoard] = useState<Board | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [reordering, setReordering] = useState(false);
  const [dragged, setDragged] = useState<string | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const { setToday } = session;

  const load = useCallback(async () => {
    try {
      const next = await api.board();
      setBoard(next);
      setToday(next.today);
      setFailed(false);
    } catch (error) {
      setFailed(true);
      reportError(error);
    }
  }, [reportError, setToday]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (focusAfterMove.current) {
      document.getElementById(focusAfterMove.current)?.focus();
      focusAfterMove.current = null;
    }
  });

  const withBusy = async (id: string, action: () => Promise<unknown>) => {
    setBusy((all) => new Set(all).add(id));
    try {
      await action();
      await load();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy((all) => {
        const next = new Set(all);
        next.delete(id);
        return next;
      });
    }
  };

  const today = board?.today;
  const onDone = (habit: BoardHabit, amount: number | null) =>
    today &&
    withBusy(habit.id, () =>
      habit.todayStatus === 'DONE' && (amount === null || amount === habit.todayAmount)
        ? api.clearCheckIn(habit.id, today)
        : api.recordCheckIn(habit.id, today, amount === null ? { status: 'DONE' } : { status: 'DONE', amount }),
    );
  const onSkip = (habit: BoardHabit) =>
    today &&
    withBusy(habit.id, () =>
      habit.todayStatus === 'SKIPPED' ? api.clearCheckIn(habit.id, today) : api.recordCheckIn(habit.id, today, { status: 'SKIPPED' }),
    );

  // The API wants every habit in the new order, archived ones included; they keep their places
  // after the board's. Looked up once when reordering starts.
  const archivedIds = useRef<Promise<string[]> | null>(null);
  const startReordering = (on: boolean) => {
    setReordering(on);
    if (on) archivedIds.current = api.archivedHabits().then((list) => list.map((h) => h.id));
  };

  const saveOrder = async (habits: BoardHabit[], previous: Board) => {
    if (!board) return;
    setBoard({ ...board, habits });
    try {
      archivedIds.current ??= api.archivedHabits().then((list) => list.map((h) => h.id));
      const archived = await archivedIds.current;
      await api.reorder([...habits.map((h) => h.id), ...archived]);
    } catch (error) {
      archivedIds.current = null;
      setBoard(previous);
      reportError(error);
    }
  };
  const move = (index: number, to: number) => {
    if (!board) return;
    const id = board.habits[index]?.id;
    // Keep focus on the moved habit's button; at either end that button is disabled, so take the other.
    const last = board.habits.length - 1;
    const direction = to === 0 ? 'down' : to === last ? 'up' : to < index ? 'up' : 'down';
    focusAfterMove.current = `move-${direction}-${id}`;
    void saveOrder(moveItem(board.habits, index, to), board);
  };

  const onDrop = (event: DragEvent, targetId: string) => {
    event.preventDefault();
    if (!board || !dragged || dragged === targetId) return;
    const from = board.habits.findIndex((h) => h.id === dragged);
    const to = board.habits.findIndex((h) => h.id === targetId);
    setDragged(null);
    if (from >= 0 && to >= 0) void saveOrder(moveItem(board.habits, from, to), board);
  };

  if (!board) {
    return (
      <section aria-labelledby="board-title" className="screen">
        <h1 id="board-title">Today</h1>
        <Loading failed={failed} what="your habits" onRetry={() => void load()} />
      </section>
    );
  }

  const { done, due } = dayProgress(board.habits);
  return (
    <section aria-labelledby="board-title" className="screen board">
      <header className="board-header">
        <ProgressRing done={done} total={due} />
        <div className="board-heading">
          <h1 id="board-title">Today</h1>
          <p className="muted" data-testid="today">
            {formatDay(board.today, { dateStyle: 'full' })}
          </p>
        </div>
        <div className="board-actions">
          {board.habits.length > 1 && (
            <button type="button" className="button" aria-pressed={reordering} onClick={() => startReordering(!reordering)}>
              {reordering ? 'Done reordering' : 'Reorder'}
            </button>
          )}
          <Link href="/habits/new" className="button button-primary">
            New habit
          </Link>
        </div>
      </header>

      {board.habits.length === 0 ? (
        <div className="empty">
          <p>No habits yet. What would you like to do every day — or three times a week?</p>
          <Link href="/habits/new" className="button button-primary">
            Create your first habit
          </Link>
        </div>
      ) : (
        <ul className="habit-list" aria-label="Habits for today">
          {board.habits.map((habit, index) => (
            <HabitRow
              key={habit.id}
              habit={habit}
              busy={busy.has(habit.id)}
              reordering={reordering}
              isFirst={index === 0}
              isLast={index === board.habits.length - 1}
              dragging={dragged === habit.id}
              onDone={(amount) => void onDone(habit, amount)}
              onSkip={() => void onSkip(habit)}
              onMoveUp={() => move(index, index - 1)}
              onMoveDown={() => move(index, index + 1)}
              onDragStart={() => setDragged(habit.id)}
              onDragEnd={() => setDragged(null)}
              onDrop={(event) => onDrop(event, habit.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface HabitRowProps {
  habit: BoardHabit;
  busy: boolean;
  reordering: boolean;
  isFirst: boolean;
  isLast: boolean;
  dragging: boolean;
  onDone: (amount: number | null) => void;
  onSkip: () => void;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: (event: DragEvent) => void;
}

function HabitRow(props: HabitRowProps) {
  const { habit, busy, reordering } = props;
  const measured = habit.goal.type === 'measured' ? habit.goal : null;
  const [amount, setAmount] = useState(habit.todayAmount == null ? '' : formatAmount(habit.todayAmount));
  useEffect(() => {
    setAmount(habit.todayAmount == null ? '' : formatAmount(habit.todayAmount));
  }, [habit.todayAmount]);

  const done = habit.todayStatus === 'DONE';
  const skipped = habit.todayStatus === 'SKIPPED';
  const amountValue = measured ? amountFrom(amount, measured.target) : null;
  const amountInvalid = measured !== null && amountValue === null;
  const submitDone = () => {
    if (!amountInvalid) props.onDone(amountValue);
  };
  const goal = describeGoal(habit.goal);

  return (
    <li
      className={`habit-row${done ? ' is-done' : ''}${props.dragging ? ' is-dragging' : ''}`}
      style={{ '--habit-color': habit.color } as CSSProperties}
      data-testid="habit-row"
      data-habit-name={habit.name}
      draggable={reordering}
      onDragStart={props.onDragStart}
      onDragEnd={props.onDragEnd}
      onDragOver={(event) => reordering && event.preventDefault()}
      onDrop={props.onDrop}
    >
      <div className="habit-main">
        <Link href={`/habits/${habit.id}`} className="habit-name">
          {habit.emoji && <span aria-hidden="true">{habit.emoji} </span>}
          {habit.name}
        </Link>
        <p className="habit-meta muted">
          {describeSchedule(habit.schedule)}
          {goal && ` · ${goal}`}
          {habit.todayStatus === 'NOT_DUE' && ' · not due today'}
          {skipped && ' · skipped today'}
        </p>
        <p className="habit-figures">
          <span className="streak">
            <strong data-testid="streak">{habit.currentStreak}</strong>
            <span> day streak</span>
          </span>
          <span className="score">
            Strength <strong data-testid="score">{scoreText(habit.score)}</strong>
          </span>
        </p>
      </div>

      {reordering ? (
        <div className="habit-actions">
          <span className="drag-handle" aria-hidden="true" title="Drag to reorder">
            ⠿
          </span>
          <button
            type="button"
            id={`move-up-${habit.id}`}
            className="button icon-button"
            aria-label={`Move ${habit.name} up`}
            disabled={props.isFirst}
            onClick={props.onMoveUp}
          >
            ↑
          </button>
          <button
            type="button"
            id={`move-down-${habit.id}`}
            className="button icon-button"
            aria-label={`Move ${habit.name} down`}
            disabled={props.isLast}
            onClick={props.onMoveDown}
          >
            ↓
          </button>
        </div>
      ) : (
        <div className="habit-actions">
          {measured && (
            <form
              className="amount-form"
              onSubmit={(event) => {
                event.preventDefault();
                submitDone();
              }}
            >
              <label className="sr-only" htmlFor={`amount-${habit.id}`}>
                {`Amount for ${habit.name}${measured.unit ? ` in ${measured.unit}` : ''}`}
              </label>
              <input
                id={`amount-${habit.id}`}
                className="amount-input"
                {...amountInputProps(measured.target)}
                value={amount}
                aria-invalid={amountInvalid || undefined}
                disabled={busy}
                onChange={(event) => setAmount(event.target.value)}
              />
              {measured.unit && <span className="unit muted" aria-hidden="true">{measured.unit}</span>}
            </form>
          )}
          <button
            type="button"
            className="button skip-button"
            aria-pressed={skipped}
            aria-label={`Skip ${habit.name} today`}
            disabled={busy}
            onClick={props.onSkip}
          >
            Skip
          </button>
          <button
            type="button"
            className="check-button"
            aria-pressed={done}
            aria-label={`${habit.name} done today`}
            disabled={busy || amountInvalid}
            style={done ? { background: habit.color, color: readableTextOn(habit.color), borderColor: habit.color } : undefined}
            onClick={submitDone}
          >
            <span aria-hidden="true">✓</span>
          </button>
        </div>
      )}
    </li>
  );
}
