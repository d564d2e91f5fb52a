/**
 * What stands in for something still loading: "Loading…", or that it failed — why, when it tries again
 * by itself, and a button to try now. Never an empty list.
 */
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';
import type { LoadState } from '../app/useLoad';

function secondsUntil(at: number): number {
  return Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

export function LoadStatus<T>({ state, what, onRetry }: { state: LoadState<T>; what: string; onRetry: () => void }) {
  const retryAt = state.status === 'failed' ? state.retryAt : null;
  const [, tick] = useState(0);
  useEffect(() => {
    if (retryAt === null) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [retryAt]);

  if (state.status === 'ready') return null;
  if (state.status === 'loading') return <p aria-busy="true">Loading {what}…</p>;
  // A lost session has its own dialog; this only says what is missing behind it.
  const reason = state.error instanceof ApiError && state.error.status === 401 ? 'You are logged out.' : errorMessage(state.error);
  const seconds = retryAt === null ? null : secondsUntil(retryAt);
  return (
    <div className="load-failed">
      {/* Only the failure is announced; the countdown below changes every second and is not. */}
      <p role="alert">
        <strong>Could not load {what}.</strong> {reason}
      </p>
      <p className="muted">
        {seconds === null ? null : seconds > 0 ? `Trying again in ${seconds} s.` : 'Trying again…'}{' '}
        <button type="button" className="button" onClick={onRetry}>
          Try again now
        </button>
      </p>
    </div>
  );
}
