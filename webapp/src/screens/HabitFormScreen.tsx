/** Create or edit a habit: every schedule and goal, with messages next to the input they concern. */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../api/endpoints';
import type { Habit } from '../api/types';
import { useSession } from '../app/session';
import { useReportError } from '../app/useApiCall';
import { useFormErrors } from '../app/useFormErrors';
import { FieldShell, FormAlert, SelectField, FormActions, TextAreaField, TextField } from '../components/Field';
import type { Weekday } from '../lib/dates';
import { WeekdayPicker } from '../components/WeekdayPicker';
import {
  COLORS,
  emptyHabitForm,
  FIELD_ALIASES,
  FORM_FIELDS,
  habitFormFrom,
  habitInputFrom,
  validateHabitForm,
  type HabitFormValues,
  type ScheduleType,
} from '../lib/habitForm';

export function HabitFormScreen({ habitId }: { habitId?: string }) {
  const session = useSession();
  const reportError = useReportError();
  const [, navigate] = useLocation();
  const editing = habitId !== undefined;
  const [habit, setHabit] = useState<Habit | null>(null);
  const [values, setValues] = useState<HabitFormValues>(() => emptyHabitForm(session.today));
  // Bumped after a refused save: the effect below runs once the error messages are rendered.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) focusFirstError();
  }, [refusals]);
  const form = useFormErrors(FORM_FIELDS, FIELD_ALIASES);
  const { errors } = form;

  useEffect(() => {
    if (!habitId) return;
    let current = true;
    api.habit(habitId).then(
      (loaded) => {
        if (!current) return;
        setHabit(loaded);
        setValues(habitFormFrom(loaded));
      },
      (error: unknown) => current && reportError(error),
    );
    return () => {
      current = false;
    };
  }, [habitId, reportError]);

  // A new habit starts today by default; today is known once the board has loaded.
  useEffect(() => {
    if (!editing && session.today) setValues((v) => (v.startDate ? v : { ...v, startDate: session.today ?? '' }));
  }, [editing, session.today]);

  const set = <K extends keyof HabitFormValues>(key: K, value: HabitFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const save = async () => {
      const input = habitInputFrom(values);
      const saved = editing && habitId ? await api.updateHabit(habitId, input) : await api.createHabit(input);
      navigate(editing ? `/habits/${saved.id ?? habitId}` : '/');
    };
    // Not saved: own findings or the server's refusal are on screen (a failure of another kind is a toast).
    if (!(await form.submit(validateHabitForm(values), save, reportError))) setRefusals((n) => n + 1);
  };

  const remove = async () => {
    if (!habitId || !habit) return;
    if (!window.confirm(`Delete “${habit.name}” and all its history? This cannot be undone.`)) return;
    try {
      await api.deleteHabit(habitId);
      navigate('/');
    } catch (error) {
      reportError(error);
    }
  };

  if (editing && !habit) {
    return (
      <section className="screen" aria-labelledby="form-title">
        <h1 id="form-title">Edit habit</h1>
        <p aria-busy="true">Loading…</p>
      </section>
    );
  }

  const weekStart: Weekday = session.profile?.weekStart ?? 'MONDAY';
  const scheduleError = errors['schedule.type'];
  return (
    <section className="screen" aria-labelledby="form-title">
      <h1 id="form-title">{editing ? `Edit ${habit?.name ?? 'habit'}` : 'New habit'}</h1>
      <form className="habit-form" noValidate onSubmit={(event) => void submit(event)}>
        <FormAlert message={form.formError} />
        <fieldset>
          <legend>About</legend>
          <TextField
            label="Name"
            name="name"
            required
            maxLength={100}
            autoComplete="off"
            value={values.name}
            error={errors.name}
            onChange={(e) => set('name', e.target.value)}
          />
          <TextAreaField
            label="Description or question (optional)"
            name="description"
            rows={2}
            maxLength={1000}
            value={values.description}
            error={errors.description}
            onChange={(e) => set('description', e.target.value)}
          />
          <div className="field-row">
            <TextField
              label="Emoji (optional)"
              name="emoji"
              className="field-narrow"
              autoComplete="off"
              value={values.emoji}
              error={errors.emoji}
              onChange={(e) => set('emoji', e.target.value)}
            />
            <FieldShell label="Colour" error={errors.color} className="field-narrow">
              {(control) => (
                <input
                  {...control}
                  type="color"
                  name="color"
                  list="habit-colour-swatches"
                  value={values.color}
                  onChange={(e) => set('color', e.target.value)}
                />
              )}
            </FieldShell>
            <datalist id="habit-colour-swatches">
              {COLORS.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </div>
        </fieldset>

        <fieldset>
          <legend>How often</legend>
          <SelectField
            label="Schedule"
            name="scheduleType"
            value={values.scheduleType}
            error={scheduleError}
            onChange={(e) => set('scheduleType', e.target.value as ScheduleType)}
          >
            <option value="daily">Every day</option>
            <option value="weekdays">On chosen weekdays</option>
            <option value="timesPerWindow">Times in a number of days</option>
            <option value="timesPerWeek">Times a week</option>
            <option value="timesPerMonth">Times a month</option>
          </SelectField>

          {values.scheduleType === 'weekdays' && (
            <WeekdayPicker
              name="weekdays"
              selected={values.weekdays}
              weekStart={weekStart}
              error={errors['schedule.days']}
              errorId="weekdays-error"
              onChange={(days) => set('weekdays', days)}
            />
          )}

          {(values.scheduleType === 'timesPerWindow' ||
            values.scheduleType === 'timesPerWeek' ||
            values.scheduleType === 'timesPerMonth') && (
            <div className="field-row">
              <TextField
                label="Times"
                name="times"
                type="number"
                inputMode="numeric"
                min={1}
                className="field-narrow"
                value={values.times}
                error={errors['schedule.times']}
                onChange={(e) => set('times', e.target.value)}
              />
              {values.scheduleType === 'timesPerWindow' && (
                <TextField
                  label="In how many days"
                  name="windowDays"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={365}
                  className="field-narrow"
                  value={values.windowDays}
                  error={errors['schedule.days']}
                  onChange={(e) => set('windowDays', e.target.value)}
                />
              )}
            </div>
          )}
        </fieldset>

        <fieldset>
          <legend>Goal</legend>
          <div className="radio-row" role="radiogroup" aria-label="Kind of goal">
            <label className="chip">
              <input
                type="radio"
                name="goalType"
                value="yesNo"
                checked={values.goalType === 'yesNo'}
                onChange={() => set('goalType', 'yesNo')}
              />
              <span>Yes or no</span>
            </label>
            <label className="chip">
              <input
                type="radio"
                name="goalType"
                value="measured"
                checked={values.goalType === 'measured'}
                onChange={() => set('goalType', 'measured')}
              />
              <span>Measured amount</span>
            </label>
          </div>
          {errors['goal.type'] && <p className="field-error">{errors['goal.type']}</p>}
          {values.goalType === 'measured' && (
            <div className="field-row">
              <SelectField
                label="Direction"
                name="direction"
                className="field-narrow"
                value={values.direction}
                error={errors['goal.direction']}
                onChange={(e) => set('direction', e.target.value as HabitFormValues['direction'])}
              >
                <option value="AT_LEAST">At least</option>
                <option value="AT_MOST">At most</option>
              </SelectField>
              <TextField
                label="Target"
                name="target"
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                className="field-narrow"
                value={values.target}
                error={errors['goal.target']}
                onChange={(e) => set('target', e.target.value)}
              />
              <TextField
                label="Unit"
                name="unit"
                maxLength={20}
                className="field-narrow"
                autoComplete="off"
                value={values.unit}
                error={errors['goal.unit']}
                onChange={(e) => set('unit', e.target.value)}
              />
            </div>
          )}
        </fieldset>

        <fieldset>
          <legend>Commitment</legend>
          <div className="field-row">
            <TextField
              label="Start date"
              name="startDate"
              type="date"
              min="2000-01-01"
              className="field-narrow"
              value={values.startDate}
              error={errors.startDate}
              onChange={(e) => set('startDate', e.target.value)}
            />
            <TextField
              label="Commit for (days, optional)"
              name="commitmentDays"
              type="number"
              inputMode="numeric"
              min={3}
              max={365}
              className="field-narrow"
              hint="3 to 365 days, e.g. 66"
              value={values.commitmentDays}
              error={errors.commitmentDays}
              onChange={(e) => set('commitmentDays', e.target.value)}
            />
          </div>
        </fieldset>

        <FormActions submit={editing ? 'Save changes' : 'Create habit'} busy={form.busy} busyLabel="Saving…">
          <Link href={editing && habitId ? `/habits/${habitId}` : '/'} className="button">
            Cancel
          </Link>
          {editing && (
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              Delete habit
            </button>
          )}
        </FormActions>
      </form>
    </section>
  );
}

/**
 * Moves focus to the first invalid control. Called from an effect, after React has rendered the messages
 * (a timer set when the save failed could run before that render under load, and find nothing marked).
 */
function focusFirstError() {
  document.querySelector<HTMLElement>('[aria-invalid="true"], .field-invalid input')?.focus();
}
