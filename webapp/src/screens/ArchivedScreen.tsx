/** Archived habits keep their history; restore puts one back on the board. */
import { Link } from 'wouter';
import { api } from '../api/endpoints';
import type { Habit } from '../api/types';
import { useToasts } from '../app/toasts';
import { useReportError } from '../app/useApiCall';
import { useLoad } from '../app/useLoad';
import { LoadStatus } from '../components/LoadStatus';
import { describeSchedule } from '../lib/format';

export function ArchivedScreen() {
  const toasts = useToasts();
  const reportError = useReportError();
  const archived = useLoad(() => api.archivedHabits(), []);
  const habits = archived.data;

  const restore = async (habit: Habit) => {
    try {
      await api.unarchive(habit.id);
      toasts.show(`${habit.name} is back on today's board.`, 'info');
      await archived.reload();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <section className="screen" aria-labelledby="archived-title">
      <h1 id="archived-title">Archived habits</h1>
      {habits === null ? (
        <LoadStatus state={archived.state} what="your archived habits" onRetry={() => void archived.reload()} />
      ) : habits.length === 0 ? (
        <p className="muted">Nothing archived. Archive a habit from its page to take it off the board without losing its history.</p>
      ) : (
        <ul className="simple-list">
          {habits.map((habit) => (
            <li key={habit.id} data-testid="archived-row" data-habit-name={habit.name} style={{ borderColor: habit.color }}>
              <div>
                <Link href={`/habits/${habit.id}`}>
                  {habit.emoji && <span aria-hidden="true">{habit.emoji} </span>}
                  {habit.name}
                </Link>
                <p className="muted">{describeSchedule(habit.schedule)}</p>
              </div>
              <button type="button" className="button" onClick={() => void restore(habit)} aria-label={`Restore ${habit.name}`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
