/**
 * One habit on the board: its name and figures, today's controls (done, skip, the amount of a measured
 * habit), the strip of the days before, and while reordering the buttons that move it.
 */
import { useEffect, useState, type CSSProperties, type DragEvent } from 'react';
import { Link } from 'wouter';
import type { BoardHabit } from '../api/types';
import type { StripEntry } from '../app/useStrips';
import { amountFrom, amountInputProps } from '../lib/amount';
import type { Day, Weekday } from '../lib/dates';
import { describeGoal, describeSchedule, formatAmount, habitColorVars, readableTextOn, scoreText } from '../lib/format';
import { overLimit } from '../lib/goal';
import { WeekStrip } from './WeekStrip';

export interface HabitCardProps {
  habit: BoardHabit;
  reordering: boolean;
  isFirst: boolean;
  isLast: boolean;
  dragging: boolean;
  stripDays: readonly Day[];
  strip: StripEntry | undefined;
  weekStart: Weekday;
  /** Check-ins of this habit waiting in the outbox. */
  waiting?: number;
  onDone: (amount: number | null) => void;
  onSkip: () => void;
  onDayTap: (day: Day) => void;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: (event: DragEvent) => void;
}

export function HabitCard(props: HabitCardProps) {
  const { habit, reordering } = props;
  const measured = habit.goal.type === 'measured' ? habit.goal : null;
  const [amount, setAmount] = useState(habit.todayAmount == null ? '' : formatAmount(habit.todayAmount));
  useEffect(() => {
    setAmount(habit.todayAmount == null ? '' : formatAmount(habit.todayAmount));
  }, [habit.todayAmount]);

  const done = habit.todayStatus === 'DONE';
  const skipped = habit.todayStatus === 'SKIPPED';
  // Over an "at most" limit is missed already: more later cannot make the day good again.
  const over = overLimit(habit.goal, habit.todayAmount);
  const amountValue = measured ? amountFrom(amount, measured.target) : null;
  const amountInvalid = measured !== null && amountValue === null;
  const submitDone = () => {
    if (!amountInvalid) props.onDone(amountValue);
  };
  const goal = describeGoal(habit.goal);

  return (
    <li
      className={`habit-row${done && !over ? ' is-done' : ''}${props.dragging ? ' is-dragging' : ''}`}
      style={habitColorVars(habit.color) as CSSProperties}
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
        {(props.waiting ?? 0) > 0 && (
          <p className="habit-waiting" data-testid="habit-waiting">
            <span className="waiting-dot" aria-hidden="true" />
            {props.waiting === 1 ? 'Waiting to be sent' : `${props.waiting} changes waiting to be sent`}
          </p>
        )}
        {over && (
          <p className="habit-over" data-testid="over-limit">
            Over the limit today: missed
          </p>
        )}
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
            onClick={props.onSkip}
          >
            Skip
          </button>
          <button
            type="button"
            className={`check-button${over ? ' is-over' : ''}`}
            aria-pressed={done}
            aria-label={`${habit.name} done today`}
            disabled={amountInvalid}
            style={done && !over ? { background: habit.color, color: readableTextOn(habit.color), borderColor: habit.color } : undefined}
            onClick={submitDone}
          >
            <span aria-hidden="true">{over ? '×' : '✓'}</span>
          </button>
        </div>
      )}

      {!reordering && (
        <WeekStrip
          habitName={habit.name}
          goal={habit.goal}
          startDate={habit.startDate}
          days={props.stripDays}
          strip={props.strip}
          weekStart={props.weekStart}
          onTap={props.onDayTap}
        />
      )}
    </li>
  );
}
