/** The habit's longest streaks as bars, as Loop draws them: longest first, each from its first to its last day. */
import type { StreakRun } from '../api/types';
import { formatDay } from '../lib/dates';

export function StreakBars({ streaks, color, max = 8 }: { streaks: readonly StreakRun[]; color: string; max?: number }) {
  const shown = [...streaks].sort((a, b) => b.length - a.length || (a.end < b.end ? 1 : -1)).slice(0, max);
  if (shown.length === 0) return <p className="muted">No streaks yet: a day done starts one.</p>;
  const longest = Math.max(1, ...shown.map((s) => s.length));
  return (
    <ol className="streak-bars" data-testid="streak-bars">
      {shown.map((run) => {
        const from = formatDay(run.start);
        const to = formatDay(run.end);
        return (
          <li key={`${run.start}-${run.end}`} aria-label={`${run.length} ${run.length === 1 ? 'day' : 'days'}, ${from} to ${to}`}>
            <span className="streak-date" aria-hidden="true">
              {from}
            </span>
            <span className="streak-track" aria-hidden="true">
              <span className="streak-fill" style={{ width: `${Math.max(8, (run.length / longest) * 100)}%`, background: color }}>
                {run.length}
              </span>
            </span>
            <span className="streak-date" aria-hidden="true">
              {to}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
