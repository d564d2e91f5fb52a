/** Edit one past day of a habit: done (with an amount), skipped, or nothing; and a note. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { CheckIn, Habit } from '../api/types';
import { formatDay, type Day } from '../lib/dates';
import { formatAmount } from '../lib/format';
import { Dialog } from './Dialog';
import { FormAlert, TextAreaField, TextField } from './Field';

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    let amountValue: number | null = null;
    if (measured && choice === 'DONE') {
      amountValue = amount.trim() === '' ? measured.target : Number(amount);
      if (!Number.isFinite(amountValue) || amountValue < 0) found.amount = 'Enter a number of 0 or more';
    }
    if (note.length > 500) found.note = 'At most 500 characters';
    setErrors(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      if (choice === 'NONE') {
        if (checkIn) await api.clearCheckIn(habit.id, day);
      } else {
        await api.recordCheckIn(habit.id, day, {
          status: choice,
          ...(amountValue !== null ? { amount: amountValue } : {}),
          note: note.trim() || null,
        });
      }
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        setErrors(error.fieldErrors);
        const placed = ['amount', 'note', 'status'];
        setFormError(Object.keys(error.fieldErrors).some((f) => placed.includes(f)) ? null : error.message);
      } else {
        onError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={`${habit.name} on ${formatDay(day, { dateStyle: 'full' })}`} onClose={onClose}>
      <form className="day-editor" noValidate onSubmit={(event) => void save(event)}>
        <FormAlert message={formError} />
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
          {errors.status && <p className="field-error">{errors.status}</p>}
        </fieldset>
        {measured && choice === 'DONE' && (
          <TextField
            label={`Amount${measured.unit ? ` (${measured.unit})` : ''}`}
            name="amount"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            placeholder={formatAmount(measured.target)}
            value={amount}
            error={errors.amount}
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
            error={errors.note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
