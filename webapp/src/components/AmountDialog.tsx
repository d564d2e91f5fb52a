/** The amount of a measured habit on one day, opened from the week strip: save it, skip the day, or clear it. */
import { useState, type FormEvent } from 'react';
import type { CheckIn } from '../api/types';
import type { DayChange } from '../app/useCheckIns';
import { amountFrom, amountInputProps } from '../lib/amount';
import { formatDay, type Day } from '../lib/dates';
import { formatAmount } from '../lib/format';
import { Dialog } from './Dialog';
import { FormActions, TextField } from './Field';

export function AmountDialog({
  habitName,
  goal,
  day,
  checkIn,
  onChange,
  onClose,
}: {
  habitName: string;
  goal: { target: number; unit: string };
  day: Day;
  checkIn: CheckIn | undefined;
  onChange: (change: DayChange) => void;
  onClose: () => void;
}) {
  const [amount, setAmount] = useState(checkIn?.status === 'DONE' && checkIn.amount != null ? formatAmount(checkIn.amount) : '');
  const [error, setError] = useState<string | undefined>();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const value = amountFrom(amount, goal.target);
    if (value === null) {
      setError('Enter a number of 0 or more.');
      return;
    }
    onChange({ status: 'DONE', amount: value });
  };

  return (
    <Dialog title={`${habitName} on ${formatDay(day, { dateStyle: 'full' })}`} onClose={onClose}>
      <form noValidate onSubmit={save}>
        <TextField
          label={`Amount${goal.unit ? ` (${goal.unit})` : ''}`}
          name="amount"
          autoFocus
          {...amountInputProps(goal.target)}
          hint={`Left empty: the target, ${formatAmount(goal.target)}.`}
          value={amount}
          error={error}
          onChange={(e) => setAmount(e.target.value)}
        />
        <FormActions submit="Save">
          <button type="button" className="button" onClick={() => onChange({ status: 'SKIPPED' })}>
            Skip this day
          </button>
          {checkIn && (
            <button type="button" className="button" onClick={() => onChange(null)}>
              Clear
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </FormActions>
      </form>
    </Dialog>
  );
}
