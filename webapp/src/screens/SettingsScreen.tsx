/** The account: time zone, when a day starts, the first day of the week, data in and out, leaving. */
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import { useSession } from '../app/session';
import { useToasts } from '../app/toasts';
import { useReportError } from '../app/useApiCall';
import { FormAlert, SelectField, TextField } from '../components/Field';
import { WEEKDAYS, isKnownTimeZone, knownTimeZones, type Weekday } from '../lib/dates';
import { weekdayLong } from '../lib/format';

export function SettingsScreen() {
  const session = useSession();
  const toasts = useToasts();
  const reportError = useReportError();
  const [, navigate] = useLocation();
  const [zones] = useState(knownTimeZones);
  const [timeZone, setTimeZone] = useState('');
  const [dayStartHour, setDayStartHour] = useState(0);
  const [weekStart, setWeekStart] = useState<Weekday>('MONDAY');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [importResult, setImportResult] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const { setProfile } = session;

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
    const found: Record<string, string> = {};
    if (!isKnownTimeZone(timeZone.trim())) found.timeZone = 'Choose a time zone such as Europe/Berlin';
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return;
    try {
      const profile = await api.updateProfile({ timeZone: timeZone.trim(), dayStartHour, weekStart });
      if (profile) setProfile(profile);
      toasts.show('Settings saved.', 'info');
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        setErrors(error.fieldErrors);
        setFormError(Object.keys(error.fieldErrors).length ? null : error.message);
      } else reportError(error);
    }
  };

  const exportData = async () => {
    try {
      const data = await api.exportData();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `habit-tracker-${session.username ?? 'export'}-${session.today ?? 'data'}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      reportError(error);
    }
  };

  const importData = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setImportResult(null);
    setImportError(null);
    if (!file) return;
    try {
      const text = await file.text();
      try {
        JSON.parse(text);
      } catch {
        setImportError('That file is not a Habit Tracker JSON export.');
        return;
      }
      const report = await api.importData(text);
      setImportResult(describeImport(report));
    } catch (error) {
      if (error instanceof ApiError) setImportError(error.message);
      else reportError(error);
    }
  };

  const logOut = async () => {
    try {
      await api.logOut();
    } catch (error) {
      reportError(error);
    }
    session.signedOut();
    navigate('/login', { replace: true });
  };

  const deleteAccount = async (event: FormEvent) => {
    event.preventDefault();
    setDeleteError(null);
    if (!password) {
      setDeleteError('Enter your password to confirm.');
      return;
    }
    if (!window.confirm('Delete your account and all your habits for good?')) return;
    try {
      await api.deleteAccount(password);
      session.signedOut();
      navigate('/register', { replace: true });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 403 || error.status === 400))
        setDeleteError(error.fieldErrors.password ?? 'That password is not right.');
      else reportError(error);
    }
  };

  return (
    <section className="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {session.username && <p className="muted">Logged in as {session.username}</p>}

      <section className="panel" aria-labelledby="days-title">
        <h2 id="days-title">Your days</h2>
        {!loaded ? (
          <p aria-busy="true">Loading…</p>
        ) : (
          <form noValidate onSubmit={(event) => void save(event)}>
            <FormAlert message={formError} />
            <TextField
              label="Time zone"
              name="timeZone"
              list="settings-time-zones"
              autoComplete="off"
              value={timeZone}
              error={errors.timeZone}
              onChange={(e) => setTimeZone(e.target.value)}
            />
            <datalist id="settings-time-zones">
              {zones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
            <SelectField
              label="A new day starts at"
              name="dayStartHour"
              hint="For night owls: with 3:00, anything before 3 in the morning still counts for the day before."
              value={dayStartHour}
              error={errors.dayStartHour}
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
              error={errors.weekStart}
              onChange={(e) => setWeekStart(e.target.value as Weekday)}
            >
              {WEEKDAYS.map((day) => (
                <option key={day} value={day}>
                  {weekdayLong(day)}
                </option>
              ))}
            </SelectField>
            <div className="form-actions">
              <button type="submit" className="button button-primary">
                Save settings
              </button>
            </div>
          </form>
        )}
      </section>

      <section className="panel" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p className="muted">Download everything as JSON, or bring a previous export back (all or nothing).</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void exportData()}>
            Export data
          </button>
          <label className="button file-button">
            Import data…
            <input type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void importData(e)} />
          </label>
        </div>
        {importResult && (
          <p role="status" className="success">
            {importResult}
          </p>
        )}
        <FormAlert message={importError} />
      </section>

      <section className="panel" aria-labelledby="account-title">
        <h2 id="account-title">Account</h2>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void logOut()}>
            Log out
          </button>
        </div>
        <form noValidate className="danger-zone" onSubmit={(event) => void deleteAccount(event)}>
          <h3>Delete account</h3>
          <TextField
            label="Password"
            name="delete-password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={deleteError ?? undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button button-danger">
            Delete my account
          </button>
        </form>
      </section>
    </section>
  );
}

const IMPORT_WORDS: Record<string, string> = {
  habits: 'habits',
  checkIns: 'check-ins',
  pauses: 'pauses',
  milestones: 'milestones',
};

/** "Imported 2 habits, 40 check-ins, 1 pauses, 0 milestones." from the server's import report. */
export function describeImport(report: Record<string, unknown> | undefined): string {
  const parts = Object.entries(report ?? {})
    .filter(([, value]) => typeof value === 'number')
    .map(([key, value]) => `${String(value)} ${IMPORT_WORDS[key] ?? key}`);
  return parts.length ? `Imported ${parts.join(', ')}.` : 'Imported.';
}
