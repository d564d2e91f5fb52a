/** A time zone typed or picked from the browser's list of IANA zones. */
import { useId, useState } from 'react';
import { isKnownTimeZone, knownTimeZones } from '../lib/dates';
import { TextField } from './Field';

export const TIME_ZONE_MESSAGE = 'Choose a time zone such as Europe/Berlin';

/** The form's check for a zone: a message when it is not one the browser knows. */
export function timeZoneError(value: string): string | undefined {
  return value.trim() && isKnownTimeZone(value.trim()) ? undefined : TIME_ZONE_MESSAGE;
}

export function TimeZoneField({
  value,
  error,
  hint,
  onChange,
}: {
  value: string;
  error: string | undefined;
  hint?: string;
  onChange: (value: string) => void;
}) {
  const listId = useId();
  const [zones] = useState(knownTimeZones);
  return (
    <>
      <TextField
        label="Time zone"
        name="timeZone"
        list={listId}
        autoComplete="off"
        hint={hint}
        value={value}
        error={error}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
