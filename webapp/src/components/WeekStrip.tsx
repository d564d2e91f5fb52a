/**
 * A habit's recent days on its board card, as Loop Habit Tracker shows them: one button a day. A tap
 * cycles a yes/no day through done → skipped → cleared and opens the amount of a measured one. The
 * strip is one tab stop; the arrow keys move between its days, and focus stays on a day after acting.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Goal } from '../api/types';
import type { StripEntry } from '../app/useStrips';
import { formatDay, type Day, type Weekday } from '../lib/dates';
import { shortAmount } from '../lib/format';
import { describeStripDay, isBeforeStart, lookOf, startsWeek, type StripLook } from '../lib/weekStrip';

const MARKS: Record<StripLook, string> = {
  done: '✓',
  implied: '✓',
  skipped: '–',
  excused: '·',
  missed: '×',
  pending: '',
  none: '',
};

export interface WeekStripProps {
  habitName: string;
  goal: Goal;
  startDate: Day | null | undefined;
  days: readonly Day[];
  strip: StripEntry | undefined;
  weekStart: Weekday;
  onTap: (day: Day) => void;
}

export function WeekStrip({ habitName, goal, startDate, days, strip, weekStart, onTap }: WeekStripProps) {
  const [focused, setFocused] = useState<Day>(days[days.length - 1]!);
  const group = useRef<HTMLDivElement>(null);
  const known = strip !== undefined && strip !== 'failed';

  const onKeyDown = (event: KeyboardEvent) => {
    const index = days.indexOf(focused);
    const target =
      event.key === 'ArrowLeft' ? index - 1 : event.key === 'ArrowRight' ? index + 1 : event.key === 'Home' ? 0 : event.key === 'End' ? days.length - 1 : null;
    if (target === null) return;
    event.preventDefault();
    const day = days[Math.max(0, Math.min(days.length - 1, target))]!;
    setFocused(day);
    group.current?.querySelector<HTMLButtonElement>(`[data-day="${day}"]`)?.focus();
  };

  return (
    <div className="week-strip-box">
      <div
        className="week-strip"
        role="group"
        ref={group}
        aria-label={`${habitName}, the ${days.length} days before today`}
        aria-busy={strip === undefined || undefined}
        onKeyDown={onKeyDown}
      >
        {days.map((day) => {
          const cell = known ? strip[day] : undefined;
          const look = known ? lookOf(cell, goal) : 'none';
          const amount = cell?.checkIn?.status === 'DONE' ? cell.checkIn.amount : null;
          const label = describeStripDay(day, cell, goal, isBeforeStart(day, startDate));
          return (
            <button
              key={day}
              type="button"
              className={`strip-day${startsWeek(day, weekStart) ? ' starts-week' : ''}`}
              data-day={day}
              data-look={known ? look : 'unknown'}
              tabIndex={day === focused ? 0 : -1}
              aria-label={known ? label : `${formatDay(day, { weekday: 'long', month: 'long', day: 'numeric' })}: not loaded`}
              title={known ? label : undefined}
              // Until the day's check-in is known a tap could overwrite it, so it waits.
              disabled={!known}
              onFocus={() => setFocused(day)}
              onClick={() => onTap(day)}
            >
              <span className="strip-weekday" aria-hidden="true">
                {formatDay(day, { weekday: 'narrow' })}
                <span className="strip-date">{formatDay(day, { day: 'numeric' })}</span>
              </span>
              <span className="strip-mark" aria-hidden="true">
                {amount != null && goal.type === 'measured' ? shortAmount(amount) : MARKS[look]}
              </span>
            </button>
          );
        })}
      </div>
      {strip === 'failed' && <p className="strip-failed muted">Could not load the last days; trying again.</p>}
    </div>
  );
}
