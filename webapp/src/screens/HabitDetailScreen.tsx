/** One habit: its year, its strength over time, streaks, rates, bars, milestones and commitment. */
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { CheckIn, DayState, Habit, History, Stats } from '../api/types';
import { useSession } from '../app/session';
import { useToasts } from '../app/toasts';
import { useReportError } from '../app/useApiCall';
import { useLoad } from '../app/useLoad';
import { BarChart, ScoreChart } from '../components/Charts';
import { DayEditor } from '../components/DayEditor';
import { FrequencyChart } from '../components/FrequencyChart';
import { Heatmap } from '../components/Heatmap';
import { LoadStatus } from '../components/LoadStatus';
import { ReminderSection } from './ReminderSection';
import { StreakBars } from '../components/StreakBars';
import { daysBetween, formatDay, formatMonth, lastMonths, orderedWeekdays, type Day } from '../lib/dates';
import { heatmapLayout } from '../lib/heatmap';
import { describeGoal, describeSchedule, habitColorVars, milestoneName, percent, scoreText, weekdayLong, weekdayShort } from '../lib/format';

/** "since Nov 1, 2026 · 22 days": how long the habit has been kept. */
export function sinceText(startDate: Day, today: Day): string {
  const days = daysBetween(startDate, today) + 1;
  return `since ${formatDay(startDate)} · ${days} ${days === 1 ? 'day' : 'days'}`;
}

export function HabitDetailScreen({ habitId }: { habitId: string }) {
  const session = useSession();
  const toasts = useToasts();
  const reportError = useReportError();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState<Day | null>(null);
  const { today, setToday } = session;
  const weekStart = session.profile?.weekStart ?? 'MONDAY';

  // "Today" is the server's; the board says it. Ask for it when this page is opened directly.
  useEffect(() => {
    if (today) return;
    api.board().then((board) => setToday(board.today), reportError);
  }, [today, setToday, reportError]);

  const loaded = useLoad(async (): Promise<{ habit: Habit; stats: Stats; history: History }> => {
    if (!today) return new Promise(() => undefined); // waits for today (asked for above)
    const { from } = heatmapLayout(today, weekStart);
    const [habit, stats, history] = await Promise.all([api.habit(habitId), api.stats(habitId), api.history(habitId, from, today)]);
    return { habit, stats, history };
  }, [habitId, today, weekStart]);
  const load = loaded.reload;
  const habit = loaded.data?.habit ?? null;
  const stats = loaded.data?.stats ?? null;
  const history = loaded.data?.history ?? null;
  const setHabit = (next: Habit) => loaded.setData((d) => ({ ...d, habit: next }));
  const missing = loaded.state.status === 'failed' && loaded.state.error instanceof ApiError && loaded.state.error.status === 404;

  const states = useMemo(() => new Map<Day, DayState>((history?.days ?? []).map((d) => [d.day, d.state])), [history]);
  const checkins = useMemo(() => new Map<Day, CheckIn>((history?.checkins ?? []).map((c) => [c.day, c])), [history]);

  const setArchived = async (archived: boolean) => {
    if (!habit) return;
    try {
      const updated = archived ? await api.archive(habit.id) : await api.unarchive(habit.id);
      setHabit({ ...habit, ...(updated ?? {}), archived });
      toasts.show(archived ? `${habit.name} archived. Restore it from Archived.` : `${habit.name} is back on today's board.`, 'info');
      if (archived) navigate('/');
    } catch (error) {
      reportError(error);
    }
  };

  if (missing) {
    return (
      <section className="screen" aria-labelledby="detail-title">
        <h1 id="detail-title">Habit not found</h1>
        <p>
          It may have been deleted. <Link href="/">Back to today</Link>
        </p>
      </section>
    );
  }
  if (!habit || !stats || !history || !today) {
    return (
      <section className="screen" aria-labelledby="detail-title">
        <h1 id="detail-title">Habit</h1>
        <LoadStatus state={loaded.state} what="this habit" onRetry={() => void load()} />
      </section>
    );
  }

  const goal = describeGoal(habit.goal);
  const weekdays = orderedWeekdays(weekStart);
  const months = lastMonths(today, 12);
  return (
    <section className="screen detail" aria-labelledby="detail-title" style={habitColorVars(habit.color) as CSSProperties}>
      <header className="detail-header" style={{ borderColor: 'var(--habit-ring)' }}>
        <div>
          <h1 id="detail-title">
            {habit.emoji && <span aria-hidden="true">{habit.emoji} </span>}
            {habit.name}
          </h1>
          <p className="muted">
            {describeSchedule(habit.schedule)}
            {goal && ` · ${goal}`}
            {habit.startDate && ` · ${sinceText(habit.startDate, today)}`}
            {habit.archived && ' · archived'}
          </p>
          {habit.description && <p>{habit.description}</p>}
        </div>
        <div className="detail-actions">
          <Link href={`/habits/${habit.id}/edit`} className="button">
            Edit
          </Link>
          {habit.archived ? (
            <button type="button" className="button" onClick={() => void setArchived(false)}>
              Restore
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void setArchived(true)}>
              Archive
            </button>
          )}
        </div>
      </header>

      <dl className="stat-cards">
        <div className="stat-card">
          <dt>Current streak</dt>
          <dd data-testid="current-streak">{stats.currentStreak}</dd>
        </div>
        <div className="stat-card">
          <dt>Best streak</dt>
          <dd data-testid="best-streak">{stats.bestStreak}</dd>
        </div>
        <div className="stat-card">
          <dt>Strength</dt>
          <dd>{scoreText(stats.score)}</dd>
        </div>
        <div className="stat-card">
          <dt>Days done</dt>
          <dd>{stats.totalSatisfied}</dd>
          {habit.startDate && <dd className="since">{sinceText(habit.startDate, today)}</dd>}
        </div>
      </dl>

      <ReminderSection habitId={habit.id} habitName={habit.name} known={habit.reminder} />

      <section aria-labelledby="history-title" className="panel panel-wide">
        <h2 id="history-title">History</h2>
        <p className="muted">Tap or press Enter on a day to change it.</p>
        <Heatmap
          today={today}
          weekStart={weekStart}
          color={habit.color}
          goal={habit.goal}
          states={states}
          checkins={checkins}
          onSelect={setEditing}
        />
      </section>

      <section aria-labelledby="streaks-title" className="panel">
        <h2 id="streaks-title">Best streaks</h2>
        <StreakBars streaks={stats.bestStreaks ?? []} color={habit.color} />
      </section>

      <section aria-labelledby="frequency-title" className="panel">
        <h2 id="frequency-title">Frequency</h2>
        <FrequencyChart checkins={history.checkins} goal={habit.goal} today={today} weekStart={weekStart} color={habit.color} />
      </section>

      <section aria-labelledby="score-title" className="panel panel-wide">
        <h2 id="score-title">Strength over time</h2>
        <ScoreChart series={stats.scoreSeries} color={habit.color} />
      </section>

      <section aria-labelledby="rates-title" className="panel">
        <h2 id="rates-title">Completion</h2>
        <dl className="rates">
          <div>
            <dt>Last 7 days</dt>
            <dd>{percent(stats.completionRate.last7)}</dd>
          </div>
          <div>
            <dt>Last 30 days</dt>
            <dd>{percent(stats.completionRate.last30)}</dd>
          </div>
          <div>
            <dt>Last year</dt>
            <dd>{percent(stats.completionRate.last365)}</dd>
          </div>
          <div>
            <dt>All time</dt>
            <dd>{percent(stats.completionRate.allTime)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="commitment-title" className="panel">
        <h2 id="commitment-title">Commitment and milestones</h2>
        {stats.commitment && stats.commitment.days > 0 ? (
          <div className="commitment">
            <label htmlFor="commitment-progress">
              {Math.min(stats.commitment.satisfied, stats.commitment.days)} of {stats.commitment.days} days
            </label>
            <progress id="commitment-progress" max={stats.commitment.days} value={Math.min(stats.commitment.satisfied, stats.commitment.days)} />
          </div>
        ) : (
          <p className="muted">No commitment set. Add one by editing the habit.</p>
        )}
        {stats.milestones.length === 0 ? (
          <p className="muted">No milestones yet — the first is a 7-day streak.</p>
        ) : (
          <ul className="milestones">
            {stats.milestones.map((m) => (
              <li key={`${m.kind}-${m.reachedOn}`}>
                <span aria-hidden="true">🏅 </span>
                {milestoneName(m.kind)} <span className="muted">· {formatDay(m.reachedOn)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="weekday-title" className="panel">
        <h2 id="weekday-title">By weekday</h2>
        <BarChart
          title="Days done by weekday"
          color={habit.color}
          bars={weekdays.map((d) => ({
            key: d,
            label: weekdayShort(d),
            value: stats.byWeekday[d] ?? 0,
            description: `${weekdayLong(d)}: ${stats.byWeekday[d] ?? 0}`,
          }))}
        />
      </section>

      <section aria-labelledby="month-title" className="panel">
        <h2 id="month-title">By month</h2>
        <BarChart
          title="Days done by month"
          color={habit.color}
          bars={months.map((m) => ({
            key: m,
            label: formatMonth(m),
            value: stats.byMonth[m] ?? 0,
            description: `${formatMonth(m)} ${m.slice(0, 4)}: ${stats.byMonth[m] ?? 0}`,
          }))}
        />
      </section>

      {editing && (
        <DayEditor
          habit={habit}
          day={editing}
          checkIn={checkins.get(editing)}
          onClose={() => setEditing(null)}
          onError={reportError}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
    </section>
  );
}
