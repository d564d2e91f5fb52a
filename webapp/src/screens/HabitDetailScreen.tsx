/** One habit: its year, its strength over time, streaks, rates, bars, milestones and commitment. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { CheckIn, DayState, Habit, History, Stats } from '../api/types';
import { useSession } from '../app/session';
import { useToasts } from '../app/toasts';
import { useReportError } from '../app/useApiCall';
import { BarChart, ScoreChart } from '../components/Charts';
import { DayEditor } from '../components/DayEditor';
import { Heatmap } from '../components/Heatmap';
import { formatDay, formatMonth, lastMonths, orderedWeekdays, type Day } from '../lib/dates';
import { heatmapLayout } from '../lib/heatmap';
import { describeGoal, describeSchedule, milestoneName, percent, scoreText, weekdayLong, weekdayShort } from '../lib/format';

export function HabitDetailScreen({ habitId }: { habitId: string }) {
  const session = useSession();
  const toasts = useToasts();
  const reportError = useReportError();
  const [, navigate] = useLocation();
  const [habit, setHabit] = useState<Habit | null>(null);
  const [stats, setStats] = useState<Stats | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [editing, setEditing] = useState<Day | null>(null);
  const [missing, setMissing] = useState(false);
  const { today, setToday } = session;
  const weekStart = session.profile?.weekStart ?? 'MONDAY';

  // "Today" is the server's; the board says it. Ask for it when this page is opened directly.
  useEffect(() => {
    if (today) return;
    api.board().then((board) => setToday(board.today), reportError);
  }, [today, setToday, reportError]);

  const load = useCallback(async () => {
    if (!today) return;
    const { from } = heatmapLayout(today, weekStart);
    try {
      const [h, s, c] = await Promise.all([api.habit(habitId), api.stats(habitId), api.history(habitId, from, today)]);
      setHabit(h);
      setStats(s);
      setHistory(c);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setMissing(true);
      else reportError(error);
    }
  }, [habitId, today, weekStart, reportError]);

  useEffect(() => {
    void load();
  }, [load]);

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
        <p aria-busy="true">Loading…</p>
      </section>
    );
  }

  const goal = describeGoal(habit.goal);
  const weekdays = orderedWeekdays(weekStart);
  const months = lastMonths(today, 12);
  return (
    <section className="screen detail" aria-labelledby="detail-title">
      <header className="detail-header" style={{ borderColor: habit.color }}>
        <div>
          <h1 id="detail-title">
            {habit.emoji && <span aria-hidden="true">{habit.emoji} </span>}
            {habit.name}
          </h1>
          <p className="muted">
            {describeSchedule(habit.schedule)}
            {goal && ` · ${goal}`}
            {habit.startDate && ` · since ${formatDay(habit.startDate)}`}
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
        </div>
      </dl>

      <section aria-labelledby="history-title" className="panel panel-wide">
        <h2 id="history-title">History</h2>
        <p className="muted">Tap or press Enter on a day to change it.</p>
        <Heatmap today={today} weekStart={weekStart} color={habit.color} states={states} checkins={checkins} onSelect={setEditing} />
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
