/** Vacations: days in a pause are skipped, for one habit or for all of them. */
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import type { BoardHabit, Pause } from '../api/types';
import { useSession } from '../app/session';
import { useReportError } from '../app/useApiCall';
import { useFormErrors } from '../app/useFormErrors';
import { useLoad } from '../app/useLoad';
import { LoadStatus } from '../components/LoadStatus';
import { FormAlert, SelectField, FormActions, TextField } from '../components/Field';
import { addDays, compareDays, formatDay, isValidDay } from '../lib/dates';
import type { FieldErrors } from '../lib/fieldErrors';

const INPUTS = ['habitId', 'from', 'to'] as const;

export function validatePause(from: string, to: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!isValidDay(from)) errors.from = 'Enter the first day';
  if (!isValidDay(to)) errors.to = 'Enter the last day';
  if (!errors.from && !errors.to && compareDays(from, to) > 0) errors.to = 'Must be on or after the first day';
  return errors;
}

export function PausesScreen() {
  const session = useSession();
  const reportError = useReportError();
  const [habitId, setHabitId] = useState('');
  const [from, setFrom] = useState(session.today ?? '');
  const [to, setTo] = useState(session.today ? addDays(session.today, 6) : '');
  const form = useFormErrors(INPUTS);
  const { setToday } = session;

  // Never "No pauses." for a list that could not be read: the failure says so and tries again.
  const loaded = useLoad(async (): Promise<{ pauses: Pause[]; habits: BoardHabit[] }> => {
    const [list, board] = await Promise.all([api.pauses(), api.board()]);
    setToday(board.today);
    setFrom((f) => f || board.today);
    setTo((t) => t || addDays(board.today, 6));
    return { pauses: list, habits: board.habits };
  }, [setToday]);
  const pauses = loaded.data?.pauses ?? null;
  const habits = loaded.data?.habits ?? [];
  const load = loaded.reload;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (await form.submit(validatePause(from, to), () => api.createPause({ habitId: habitId || null, from, to }), reportError)) await load();
  };

  const remove = async (pause: Pause) => {
    try {
      await api.deletePause(pause.id);
      await load();
    } catch (error) {
      reportError(error);
    }
  };

  const habitName = (id: string | null | undefined) =>
    id ? (habits.find((h) => h.id === id)?.name ?? 'An archived habit') : 'All habits';

  return (
    <section className="screen" aria-labelledby="pauses-title">
      <h1 id="pauses-title">Pauses</h1>
      <p className="muted">Going on holiday or ill? Days in a pause are skipped: they never break a streak.</p>
      <form className="pause-form" noValidate onSubmit={(event) => void create(event)}>
        <FormAlert message={form.formError} />
        <div className="field-row">
          <SelectField label="Habit" name="habitId" value={habitId} error={form.errors.habitId} onChange={(e) => setHabitId(e.target.value)}>
            <option value="">All habits</option>
            {habits.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </SelectField>
          <TextField label="From" name="from" type="date" value={from} error={form.errors.from} onChange={(e) => setFrom(e.target.value)} />
          <TextField label="To" name="to" type="date" value={to} error={form.errors.to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <FormActions submit="Add pause" busy={form.busy} busyLabel="Adding…" />
      </form>

      <h2>Your pauses</h2>
      {pauses === null ? (
        <LoadStatus state={loaded.state} what="your pauses" onRetry={() => void loaded.reload()} />
      ) : pauses.length === 0 ? (
        <p className="muted">No pauses.</p>
      ) : (
        <ul className="simple-list">
          {pauses.map((pause) => (
            <li key={pause.id} data-testid="pause-row">
              <div>
                <strong>{habitName(pause.habitId)}</strong>
                <p className="muted">
                  {formatDay(pause.from)} – {formatDay(pause.to)}
                </p>
              </div>
              <button
                type="button"
                className="button"
                aria-label={`Delete pause of ${habitName(pause.habitId)} from ${formatDay(pause.from)} to ${formatDay(pause.to)}`}
                onClick={() => void remove(pause)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
