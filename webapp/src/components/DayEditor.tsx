/** Edit one past day of a habit: done (with an amount), skipped, or nothing; and a note. */
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import type { CheckIn, Habit } from '../api/types';
import { useFormErrors } from '../app/useFormErrors';
import { amountFrom, amountInputProps } from '../lib/amount';
import { compareDays, formatDay, type Day } from '../lib/dates';
import type { FieldErrors } from '../lib/fieldErrors';
import { formatAmount } from '../lib/format';
import { Dialog } from './Dialog';
import { FormAlert, FormActions, TextAreaField, TextField } from './Field';

const INPUTS = ['status', 'amount', 'note'] as const;

type Choice = 'DONE' | 'SKIPPED' | 'NONE';

export function DayEditor({
  habit,
  day,
  checkIn,
  onClose,
  onSaved,
  onError,
}: {
  habit: Habit;
  day: Day;
  checkIn: CheckIn | undefined;
  onClose: () => void;
  onSaved: () => void;
  onError: (error: unknown) => void;
}) {
  const measured = habit.goal.type === 'measured' ? habit.goal : null;
  const [choice, setChoice] = useState<Choice>(checkIn?.status ?? 'NONE');
  const [amount, setAmount] = useState(checkIn?.amount == null ? '' : formatAmount(checkIn.amount));
  const [note, setNote] = useState(checkIn?.note ?? '');
  const form = useFormErrors(INPUTS);
  // A check-in before the habit's first day would not count: saving one moves the start back to it.
  const beforeStart = !!habit.startDate && compareDays(day, habit.startDate) < 0;
  const movesStart = beforeStart && choice !== 'NONE';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const amountValue = measured && choice === 'DONE' ? amountFrom(amount, measured.target) : null;
    if (measured && choice === 'DONE' && amountValue === null) found.amount = 'Enter a number of 0 or more';
    if (note.length > 500) found.note = 'At most 500 characters';
    const send = async () => {
      if (choice === 'NONE') {
        if (checkIn) await api.clearCheckIn(habit.id, day);
      } else {
        if (movesStart) await api.moveStart(habit.id, day);
        await api.recordCheckIn(habit.id, day, {
          status: choice,
          ...(amountValue !== null ? { amount: amountValue } : {}),
          note: note.trim() || null,
        });
      }
    };
    if (await form.submit(found, send, onError)) onSaved();
  };

  return (
    <Dialog title={`${habit.name} on ${formatDay(day, { dateStyle: 'full' })}`} onClose={onClose}>
      <form className="day-editor" noValidate onSubmit={(event) => void save(event)}>
        <FormAlert message={form.formError} />
        <fieldset>
          <legend>This day</legend>
          <div className="radio-row">
            {(
              [
                ['DONE', 'Done'],
                ['SKIPPED', 'Skipped'],
                ['NONE', 'No entry'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="chip">
                <input type="radio" name="day-status" value={value} checked={choice === value} onChange={() => setChoice(value)} />
                <span>{label}</span>
              </label>
            ))}
          </div>
          {form.errors.status && <p className="field-error">{form.errors.status}</p>}
        </fieldset>
        {beforeStart && habit.startDate && (
          <p className="field-hint" data-testid="moves-start">
            {movesStart
              ? `This day is before the habit's start (${formatDay(habit.startDate)}). Saving moves the start to ${formatDay(day)}, so the day counts.`
              : `This day is before the habit's start (${formatDay(habit.startDate)}).`}
          </p>
        )}
        {measured && choice === 'DONE' && (
          <TextField
            label={`Amount${measured.unit ? ` (${measured.unit})` : ''}`}
            name="amount"
            {...amountInputProps(measured.target)}
            value={amount}
            error={form.errors.amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        )}
        {choice !== 'NONE' && (
          <TextAreaField
            label="Note (optional)"
            name="note"
            rows={3}
            maxLength={500}
            value={note}
            error={form.errors.note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
        <FormActions submit="Save" busy={form.busy} busyLabel="Saving…">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </FormActions>
      </form>
    </Dialog>
  );
}
