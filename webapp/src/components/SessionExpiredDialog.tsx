/**
 * The session ended while a screen was open (it timed out, or was logged out elsewhere). Rather than
 * leaving for the log-in page and losing what was typed, this asks for the password over the screen;
 * once logged in again everything is where it was, an open dialog and its text included.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ApiError, errorMessage } from '../api/client';
import { api } from '../api/endpoints';
import { useSession } from '../app/session';
import { Dialog } from './Dialog';
import { FormActions, FormAlert, TextField } from './Field';

export function SessionExpiredDialog() {
  const session = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const username = session.username ?? '';

  const logIn = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      setError('Enter your password to carry on.');
      return;
    }
    setBusy(true);
    try {
      await api.logIn(username, password);
      await session.refresh();
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 401 ? 'That password is not right.' : errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Your session has expired" onClose={() => undefined}>
      <form noValidate onSubmit={(event) => void logIn(event)}>
        <p>
          Log in again as <strong>{username}</strong> to carry on. Nothing on this page is lost: what you typed is still there,
          ready to be saved once you are back.
        </p>
        <FormAlert message={null} />
        <input type="hidden" name="username" autoComplete="username" value={username} readOnly />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          error={error ?? undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
        <FormActions submit="Log in again" busy={busy} busyLabel="Logging in…">
          <Link href="/login" className="button" onClick={() => session.signedOut()}>
            Log in as someone else
          </Link>
        </FormActions>
      </form>
    </Dialog>
  );
}
