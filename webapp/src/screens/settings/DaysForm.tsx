/** When the user's days are: time zone, the hour a new day starts, the first day of the week. */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints';
import { useSession } from '../../app/session';
import { useToasts } from '../../app/toasts';
import { useReportError } from '../../app/useApiCall';
import { useFormErrors } from '../../app/useFormErrors';
import { FormAlert, SelectField, FormActions } from '../../components/Field';
import { TimeZoneField, timeZoneError } from '../../components/TimeZoneField';
import { WEEKDAYS, type Weekday } from '../../lib/dates';
import type { FieldErrors } from '../../lib/fieldErrors';
import { weekdayLong } from '../../lib/format';

const INPUTS = ['timeZone', 'dayStartHour', 'weekStart'] as const;

export function DaysForm() {
  const { setProfile } = useSession();
  const toasts = useToasts();
  const reportError = useReportError();
  const form = useFormErrors(INPUTS);
  const [timeZone, setTimeZone] = useState('');
  const [dayStartHour, setDayStartHour] = useState(0);
  const [weekStart, setWeekStart] = useState<Weekday>('MONDAY');
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    api.profile().then((profile) => {
      setProfile(profile);
      setTimeZone(profile.timeZone);
      setDayStartHour(profile.dayStartHour);
      setWeekStart(profile.weekStart);
      setLoaded(true);
    }, reportError);
  }, [reportError, setProfile]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const zone = timeZoneError(timeZone);
    if (zone) found.timeZone = zone;
    const update = async () => {
      const profile = await api.updateProfile({ timeZone: timeZone.trim(), dayStartHour, weekStart });
      if (profile) setProfile(profile);
    };
    const saved = await form.submit(found, update, reportError);
    if (saved) toasts.show('Settings saved.', 'info');
  };

  if (!loaded) return <p aria-busy="true">Loading…</p>;
  return (
    <form noValidate onSubmit={(event) => void save(event)}>
      <FormAlert message={form.formError} />
      <TimeZoneField value={timeZone} error={form.errors.timeZone} onChange={setTimeZone} />
      <SelectField
        label="A new day starts at"
        name="dayStartHour"
        hint="For night owls: with 3:00, anything before 3 in the morning still counts for the day before."
        value={dayStartHour}
        error={form.errors.dayStartHour}
        onChange={(e) => setDayStartHour(Number(e.target.value))}
      >
        {[0, 1, 2, 3, 4, 5].map((hour) => (
          <option key={hour} value={hour}>
            {`${String(hour).padStart(2, '0')}:00`}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Weeks start on"
        name="weekStart"
        value={weekStart}
        error={form.errors.weekStart}
        onChange={(e) => setWeekStart(e.target.value as Weekday)}
      >
        {WEEKDAYS.map((day) => (
          <option key={day} value={day}>
            {weekdayLong(day)}
          </option>
        ))}
      </SelectField>
      <FormActions submit="Save settings" busy={form.busy} busyLabel="Saving…" />
    </form>
  );
}
