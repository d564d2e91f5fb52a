/** Leaving: log out, or delete the account with its password. */
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import { useSession } from '../../app/session';
import { useReportError } from '../../app/useApiCall';
import { TextField } from '../../components/Field';

export function AccountSection() {
  const session = useSession();
  const reportError = useReportError();
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const [deleteError, setDeleteError] = useState<string | null>(null);

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
  );
}
