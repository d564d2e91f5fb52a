/**
 * The weekday chips of a form (a schedule's chosen weekdays, a reminder's days): the user's week order on
 * screen, the calendar order in the value, and the field's error beside them.
 */
import { WEEKDAYS, orderedWeekdays, type Weekday } from '../lib/dates';
import { weekdayLong, weekdayShort } from '../lib/format';

export function WeekdayPicker({
  name,
  selected,
  weekStart,
  error,
  errorId,
  onChange,
}: {
  name: string;
  selected: readonly Weekday[];
  weekStart: Weekday;
  error?: string;
  errorId: string;
  onChange: (days: Weekday[]) => void;
}) {
  return (
    <fieldset className={`weekday-picker${error ? ' field-invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend>Days</legend>
      <div className="chips">
        {orderedWeekdays(weekStart).map((day) => (
          <label key={day} className="chip">
            <input
              type="checkbox"
              name={name}
              value={day}
              checked={selected.includes(day)}
              onChange={(e) =>
                onChange(e.target.checked ? WEEKDAYS.filter((d) => d === day || selected.includes(d)) : selected.filter((d) => d !== day))
              }
            />
            <span title={weekdayLong(day)}>{weekdayShort(day)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
