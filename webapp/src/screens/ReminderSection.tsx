/**
 * A habit's reminder, on its page: on or off, a time, weekdays (every day unless chosen). Switching it on
 * signs this browser up for notifications first (pwa/push.ts) — a refusal there says why and saves nothing
 * — then saves; the server's field errors sit next to the time and the days as in the other forms.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints';
import type { Reminder } from '../api/types';
import { useSession } from '../app/session';
import { useToasts } from '../app/toasts';
import { useReportError } from '../app/useApiCall';
import { useFormErrors } from '../app/useFormErrors';
import { FormAlert, TextField } from '../components/Field';
import { WeekdayPicker } from '../components/WeekdayPicker';
import { WEEKDAYS, formatInstant } from '../lib/dates';
import { weekdayShort } from '../lib/format';
import { REMINDER_ALIASES, REMINDER_INPUTS, reminderInput, reminderValues, validateReminder, type ReminderValues } from '../lib/reminderForm';
import { PushSetupError, subscribeToPush } from '../pwa/push';

type Loaded = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; reminder: Reminder | null };

export function ReminderSection({ habitId, habitName, known }: { habitId: string; habitName: string; known?: Reminder | null }) {
  const session = useSession();
  const toasts = useToasts();
  const reportError = useReportError();
  const weekStart = session.profile?.weekStart ?? 'MONDAY';
  const [loaded, setLoaded] = useState<Loaded>(known !== undefined ? { status: 'ready', reminder: known } : { status: 'loading' });
  const [values, setValues] = useState<ReminderValues>(() => reminderValues(known ?? null));
  const form = useFormErrors(REMINDER_INPUTS, REMINDER_ALIASES);

  useEffect(() => {
    if (known !== undefined) return;
    let live = true;
    api.reminder(habitId).then(
      (reminder) => {
        if (!live) return;
        setLoaded({ status: 'ready', reminder });
        setValues(reminderValues(reminder));
      },
      () => live && setLoaded({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [habitId, known]);

  const saved = loaded.status === 'ready' ? loaded.reminder : null;
  const remove = async () => {
    const ok = await form.submit({}, () => api.deleteReminder(habitId), reportError);
    if (!ok) return;
    setLoaded({ status: 'ready', reminder: null });
    setValues((v) => ({ ...v, enabled: false }));
    toasts.show(`Reminder for ${habitName} removed.`, 'info');
  };

  const save = async () => {
    if (!values.enabled) {
      if (saved) await remove();
      return;
    }
    let reminder: Reminder | null = null;
    const ok = await form.submit(
      validateReminder(values),
      async () => {
        await subscribeToPush();
        reminder = await api.saveReminder(habitId, reminderInput(values));
      },
      (error) => (error instanceof PushSetupError ? form.setFormError(error.message) : reportError(error)),
    );
    if (!ok || !reminder) return;
    setLoaded({ status: 'ready', reminder });
    setValues(reminderValues(reminder));
    toasts.show(`Reminder for ${habitName} saved.`, 'info');
  };

  const set = <K extends keyof ReminderValues>(key: K, value: ReminderValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const snoozed = saved?.snoozedUntil && Date.parse(saved.snoozedUntil) > Date.now() ? saved.snoozedUntil : null;

  return (
    <section aria-labelledby="reminder-title" className="panel">
      <h2 id="reminder-title">Reminder</h2>
      {loaded.status === 'loading' && <p aria-busy="true">Loading the reminder…</p>}
      {loaded.status === 'failed' && <p role="alert">Could not load the reminder.</p>}
      {loaded.status === 'ready' && (
        <form
          className="reminder-form"
          aria-label={`Reminder for ${habitName}`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <FormAlert message={form.formError} />
          <p className="muted">
            {saved ? `On: ${saved.time}, ${describeDays(saved.days)}.` : 'Off.'}
            {snoozed && ` Snoozed until ${formatInstant(snoozed, session.profile?.timeZone)}.`}
          </p>
          <label className="reminder-toggle">
            <input type="checkbox" checked={values.enabled} onChange={(e) => set('enabled', e.target.checked)} />
            <span>Remind me about {habitName}</span>
          </label>
          {values.enabled && (
            <>
              <TextField label="Time" type="time" step={60} required value={values.time} error={form.errors.time} onChange={(e) => set('time', e.target.value)} />
              <WeekdayPicker
                name="reminder-days"
                selected={values.days}
                weekStart={weekStart}
                error={form.errors.days}
                errorId="reminder-days-error"
                onChange={(days) => set('days', days)}
              />
            </>
          )}
          <div className="reminder-actions">
            <button type="submit" className="button button-primary" disabled={form.busy || (!values.enabled && !saved)}>
              Save reminder
            </button>
            {saved && (
              <button type="button" className="button" disabled={form.busy} onClick={() => void remove()}>
                Remove reminder
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

function describeDays(days: readonly string[]): string {
  if (days.length === 7) return 'every day';
  return WEEKDAYS.filter((d) => days.includes(d))
    .map((d) => weekdayShort(d))
    .join(', ');
}
