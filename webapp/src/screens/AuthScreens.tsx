/** Log in and register. A new account takes the browser's time zone, which can be changed here or later. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError, errorMessage } from '../api/client';
import { api } from '../api/endpoints';
import { useSession } from '../app/session';
import { useFormErrors, type FormErrors } from '../app/useFormErrors';
import { FormAlert, FormActions, TextField } from '../components/Field';
import { TimeZoneField, timeZoneError } from '../components/TimeZoneField';
import { browserTimeZone } from '../lib/dates';
import type { FieldErrors } from '../lib/fieldErrors';
import { safeNext } from '../lib/redirect';

const LOGIN_INPUTS = ['username', 'password'] as const;
const REGISTER_INPUTS = ['username', 'password', 'timeZone'] as const;

function useNext(): string {
  const search = useSearch();
  return safeNext(new URLSearchParams(search).get('next'));
}

/**
 * What both forms do on submit: check, send, then load the session and go where the visitor was
 * headed. A refusal lands in the form (`refused` may word it first); a lost connection at the top.
 */
function useAuthSubmit(form: FormErrors, refused: (error: ApiError) => boolean = () => false) {
  const session = useSession();
  const [, navigate] = useLocation();
  const next = useNext();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent, found: FieldErrors, send: () => Promise<unknown>) => {
    event.preventDefault();
    if (!form.check(found)) return;
    setBusy(true);
    try {
      await send();
      await session.refresh();
      navigate(next, { replace: true });
    } catch (error) {
      if (!(error instanceof ApiError && refused(error)) && !form.showRefusal(error)) form.setFormError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, next, submit };
}

function CredentialFields({
  newAccount,
  username,
  password,
  errors,
  onUsername,
  onPassword,
}: {
  newAccount: boolean;
  username: string;
  password: string;
  errors: FieldErrors;
  onUsername: (value: string) => void;
  onPassword: (value: string) => void;
}) {
  return (
    <>
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        hint={newAccount ? "3 to 32 letters, digits, '.', '-' or '_'" : undefined}
        value={username}
        error={errors.username}
        onChange={(e) => onUsername(e.target.value)}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete={newAccount ? 'new-password' : 'current-password'}
        hint={newAccount ? '8 to 128 characters' : undefined}
        value={password}
        error={errors.password}
        onChange={(e) => onPassword(e.target.value)}
      />
    </>
  );
}

function AuthPage({ id, title, other, children }: { id: string; title: string; other: ReactNode; children: ReactNode }) {
  return (
    <section className="screen auth" aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      {children}
      <p>{other}</p>
    </section>
  );
}

const withNext = (path: string, next: string) => (next === '/' ? path : `${path}?next=${encodeURIComponent(next)}`);

export function LoginScreen() {
  const form = useFormErrors(LOGIN_INPUTS);
  const { busy, next, submit } = useAuthSubmit(form, (error) => {
    if (error.status !== 401) return false;
    form.setErrors({});
    form.setFormError('Wrong username or password.');
    return true;
  });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = (event: FormEvent) => {
    const found: FieldErrors = {};
    if (!username.trim()) found.username = 'Enter your username';
    if (!password) found.password = 'Enter your password';
    void submit(event, found, () => api.logIn(username.trim(), password));
  };

  return (
    <AuthPage
      id="login-title"
      title="Log in"
      other={
        <>
          New here? <Link href={withNext('/register', next)}>Create an account</Link>
        </>
      }
    >
      <form noValidate onSubmit={onSubmit}>
        <FormAlert message={form.formError} />
        <CredentialFields
          newAccount={false}
          username={username}
          password={password}
          errors={form.errors}
          onUsername={setUsername}
          onPassword={setPassword}
        />
        <FormActions submit="Log in" busy={busy} busyLabel="Logging in…" />
      </form>
    </AuthPage>
  );
}

export function RegisterScreen() {
  const form = useFormErrors(REGISTER_INPUTS);
  const { busy, next, submit } = useAuthSubmit(form, (error) => {
    // A taken name may come without a field; it still belongs next to the username.
    if (error.status !== 409 || error.fieldErrors.username) return false;
    form.setErrors({ ...error.fieldErrors, username: 'That username is taken' });
    form.setFormError(null);
    return true;
  });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);

  const onSubmit = (event: FormEvent) => {
    const found: FieldErrors = {};
    if (!/^[A-Za-z0-9._-]{3,32}$/.test(username.trim())) found.username = "Use 3 to 32 letters, digits, '.', '-' or '_'";
    if (password.length < 8 || password.length > 128) found.password = 'Use 8 to 128 characters';
    const zone = timeZoneError(timeZone);
    if (zone) found.timeZone = zone;
    void submit(event, found, () => api.register(username.trim(), password, timeZone.trim()));
  };

  return (
    <AuthPage
      id="register-title"
      title="Create an account"
      other={
        <>
          Already have an account? <Link href={withNext('/login', next)}>Log in</Link>
        </>
      }
    >
      <form noValidate onSubmit={onSubmit}>
        <FormAlert message={form.formError} />
        <CredentialFields
          newAccount
          username={username}
          password={password}
          errors={form.errors}
          onUsername={setUsername}
          onPassword={setPassword}
        />
        <TimeZoneField value={timeZone} error={form.errors.timeZone} hint="Your days begin and end in this zone." onChange={setTimeZone} />
        <FormActions submit="Create account" busy={busy} busyLabel="Creating…" />
      </form>
    </AuthPage>
  );
}
