/**
 * A year of days as a grid of weeks. Every shown day is a button (tap a past day to edit it); only one
 * is in the tab order at a time and the arrow keys move between days, so the grid is one tab stop.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { CheckIn, DayState, Goal } from '../api/types';
import { addDays, compareDays, formatDay, formatMonth, orderedWeekdays, type Day, type Weekday } from '../lib/dates';
import { heatmapLayout } from '../lib/heatmap';
import { formatAmount, habitColorVars, shortAmount, weekdayShort } from '../lib/format';
import { overLimit } from '../lib/goal';

const STATE_TEXT: Record<DayState, string> = {
  SATISFIED: 'done',
  EXCUSED: 'excused',
  MISSED: 'missed',
  PENDING: 'not done yet',
};

export interface HeatmapProps {
  today: Day;
  weekStart: Weekday;
  color: string;
  states: ReadonlyMap<Day, DayState>;
  checkins: ReadonlyMap<Day, CheckIn>;
  onSelect: (day: Day) => void;
  weeks?: number;
  /** A measured habit's goal: its cells show the amounts, and are larger to hold them. */
  goal?: Goal;
}

/** What a cell shows: a skip, or the server's state — but over an "at most" limit is missed even today. */
function cellState(state: DayState | undefined, checkIn: CheckIn | undefined, goal: Goal | undefined): string {
  if (checkIn?.status === 'SKIPPED') return 'SKIPPED';
  if (goal && checkIn && overLimit(goal, checkIn.amount)) return 'MISSED';
  return state ?? 'NONE';
}

export function describeDay(day: Day, state: DayState | undefined, checkIn: CheckIn | undefined, goal?: Goal): string {
  const parts = [formatDay(day, { dateStyle: 'full' })];
  if (checkIn?.status === 'SKIPPED') parts.push('skipped');
  else if (goal && checkIn && overLimit(goal, checkIn.amount)) parts.push('missed, over the limit');
  else if (state) parts.push(STATE_TEXT[state]);
  else parts.push('no entry');
  if (checkIn?.amount != null) parts.push(`amount ${formatAmount(checkIn.amount)}`);
  if (checkIn?.note) parts.push(`note: ${checkIn.note}`);
  return parts.join(', ');
}

export function Heatmap({ today, weekStart, color, states, checkins, onSelect, weeks = 53, goal }: HeatmapProps) {
  const measured = goal?.type === 'measured';
  const layout = useMemo(() => heatmapLayout(today, weekStart, weeks), [today, weekStart, weeks]);
  const [focused, setFocused] = useState<Day>(today);
  const grid = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // On narrow screens keep today in view: at first, and whenever the box is resized (rotation),
  // unless the user has scrolled back in time.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let pinned = true;
    const toEnd = () => {
      if (pinned) el.scrollLeft = el.scrollWidth;
    };
    const onScroll = () => {
      pinned = el.scrollLeft + el.clientWidth >= el.scrollWidth - 4;
    };
    toEnd();
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(toEnd);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [layout]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focused}"]`)?.focus();
  }, [focused]);

  const onKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 };
    let next: Day | null = null;
    if (event.key in steps) next = addDays(focused, steps[event.key] ?? 0);
    else if (event.key === 'Home') next = layout.from;
    else if (event.key === 'End') next = today;
    if (next === null) return;
    event.preventDefault();
    if (compareDays(next, layout.from) < 0) next = layout.from;
    if (compareDays(next, today) > 0) next = today;
    moved.current = true;
    setFocused(next);
  };

  return (
    <div className={`heatmap${measured ? ' heatmap-measured' : ''}`} style={habitColorVars(color) as CSSProperties}>
      <div className="heatmap-scroll" ref={scroller}>
        <div className="heatmap-body">
          <div className="heatmap-weekdays" aria-hidden="true">
            {orderedWeekdays(weekStart).map((day, i) => (
              <span key={day}>{i % 2 === 0 ? weekdayShort(day) : ''}</span>
            ))}
          </div>
          <div>
            <div className="heatmap-months" aria-hidden="true">
              {layout.weeks.map((week) => (
                <span key={week.start}>{week.monthLabel ? formatMonth(week.monthLabel) : ''}</span>
              ))}
            </div>
            <div
              className="heatmap-grid"
              ref={grid}
              role="group"
              aria-label={`History from ${formatDay(layout.from)} to ${formatDay(today)}. Use the arrow keys to move between days and Enter to edit one.`}
              onKeyDown={onKeyDown}
            >
              {layout.weeks.map((week) => (
                <div className="heatmap-week" key={week.start}>
                  {week.days.map((day, i) =>
                    day === null ? (
                      <span key={i} className="heatmap-cell is-future" aria-hidden="true" />
                    ) : (
                      <button
                        key={day}
                        type="button"
                        className="heatmap-cell"
                        data-day={day}
                        data-state={cellState(states.get(day), checkins.get(day), goal)}
                        data-today={day === today || undefined}
                        tabIndex={day === focused ? 0 : -1}
                        aria-label={describeDay(day, states.get(day), checkins.get(day), goal)}
                        title={describeDay(day, states.get(day), checkins.get(day), goal)}
                        onFocus={() => setFocused(day)}
                        onClick={() => onSelect(day)}
                      >
                        {measured && checkins.get(day)?.status === 'DONE' && checkins.get(day)?.amount != null && (
                          <span aria-hidden="true">{shortAmount(checkins.get(day)!.amount!)}</span>
                        )}
                      </button>
                    ),
                  )}
                </div>
              ))}
            </div>
          </div>
        </div>
      </div>
      <ul className="heatmap-legend" aria-label="Legend">
        <li>
          <span className="heatmap-cell" data-state="SATISFIED" aria-hidden="true" /> Done
        </li>
        <li>
          <span className="heatmap-cell" data-state="EXCUSED" aria-hidden="true" /> Excused or skipped
        </li>
        <li>
          <span className="heatmap-cell" data-state="MISSED" aria-hidden="true" /> Missed
        </li>
        <li>
          <span className="heatmap-cell" data-state="PENDING" aria-hidden="true" /> Today, not done yet
        </li>
      </ul>
    </div>
  );
}
