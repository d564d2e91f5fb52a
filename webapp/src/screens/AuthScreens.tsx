/** Log in and register. A new account takes the browser's time zone, which can be changed here or later. */
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError, errorMessage } from '../api/client';
import { api } from '../api/endpoints';
import { useSession } from '../app/session';
import { FormAlert, TextField } from '../components/Field';
import { browserTimeZone, isKnownTimeZone, knownTimeZones } from '../lib/dates';
import { safeNext } from '../lib/redirect';

function useNext(): string {
  const search = useSearch();
  return safeNext(new URLSearchParams(search).get('next'));
}

export function LoginScreen() {
  const session = useSession();
  const [, navigate] = useLocation();
  const next = useNext();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!username.trim()) found.username = 'Enter your username';
    if (!password) found.password = 'Enter your password';
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await api.logIn(username.trim(), password);
      await session.refresh();
      navigate(next, { replace: true });
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(error.fieldErrors);
        setFormError(error.status === 401 ? 'Wrong username or password.' : error.message);
      } else {
        setFormError(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="screen auth" aria-labelledby="login-title">
      <h1 id="login-title">Log in</h1>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FormAlert message={formError} />
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          value={username}
          error={errors.username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Logging in…' : 'Log in'}
          </button>
        </div>
      </form>
      <p>
        New here? <Link href={next === '/' ? '/register' : `/register?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
    </section>
  );
}

export function RegisterScreen() {
  const session = useSession();
  const [, navigate] = useLocation();
  const next = useNext();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [zones] = useState(knownTimeZones);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[A-Za-z0-9._-]{3,32}$/.test(username.trim()))
      found.username = "Use 3 to 32 letters, digits, '.', '-' or '_'";
    if (password.length < 8 || password.length > 128) found.password = 'Use 8 to 128 characters';
    if (!timeZone.trim() || !isKnownTimeZone(timeZone.trim())) found.timeZone = 'Choose a time zone such as Europe/Berlin';
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await api.register(username.trim(), password, timeZone.trim());
      await session.refresh();
      navigate(next, { replace: true });
    } catch (error) {
      if (error instanceof ApiError) {
        const fields = error.fieldErrors;
        if (error.status === 409 && !fields.username) fields.username = 'That username is taken';
        setErrors(fields);
        setFormError(Object.keys(fields).length ? null : error.message);
      } else {
        setFormError(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="screen auth" aria-labelledby="register-title">
      <h1 id="register-title">Create an account</h1>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FormAlert message={formError} />
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          hint="3 to 32 letters, digits, '.', '-' or '_'"
          value={username}
          error={errors.username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="8 to 128 characters"
          value={password}
          error={errors.password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <TextField
          label="Time zone"
          name="timeZone"
          list="time-zones"
          autoComplete="off"
          hint="Your days begin and end in this zone."
          value={timeZone}
          error={errors.timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
        />
        <datalist id="time-zones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
        </div>
      </form>
      <p>
        Already have an account? <Link href={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`}>Log in</Link>
      </p>
    </section>
  );
}
