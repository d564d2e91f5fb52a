/**
 * What a screen shows while its data comes: loading, failed (with the reason, and another try on its
 * own while the failure is one that passes — the server down or restarting, the connection gone), or
 * the data. A failed load is never mistaken for empty data.
 */
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { ApiError, NetworkError } from '../api/client';

export type LoadState<T> =
  | { status: 'loading' }
  /** `retryAt`: when the next try on its own starts (epoch ms), or null when only a person can retry. */
  | { status: 'failed'; error: unknown; retryAt: number | null }
  | { status: 'ready'; data: T };

/** Seconds between tries on their own: soon at first, then every 15 s until the server answers. */
export const RETRY_DELAYS_S = [2, 4, 8, 15];

/** A failure that goes away by itself: no connection, a server error or restart, too many requests. */
export function passes(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && (error.status >= 500 || error.status === 429);
}

export interface Loaded<T> {
  state: LoadState<T>;
  /** The data once loaded, kept while a reload runs or fails. */
  data: T | null;
  /** Loads again now (a "Try again" button; after a change). */
  reload: () => Promise<void>;
  /** Changes the data in place (an optimistic update). */
  setData: (update: (data: T) => T) => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [data, setDataState] = useState<T | null>(null);
  const attempt = useRef(0);
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const run = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const next = await loader.current();
      if (mine !== generation.current) return;
      attempt.current = 0;
      setDataState(next);
      setState({ status: 'ready', data: next });
    } catch (error) {
      if (mine !== generation.current) return;
      if (error instanceof DOMException && error.name === 'AbortError') return;
      const delay = RETRY_DELAYS_S[Math.min(attempt.current, RETRY_DELAYS_S.length - 1)]!;
      attempt.current++;
      setState({ status: 'failed', error, retryAt: passes(error) ? Date.now() + delay * 1000 : null });
    }
  }, []);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps say when to load afresh
  useEffect(() => {
    attempt.current = 0;
    setState({ status: 'loading' });
    void run();
  }, deps);

  // Try again on its own: when the time comes, when the connection is back, when the tab is looked at again.
  const retryAt = state.status === 'failed' ? state.retryAt : null;
  useEffect(() => {
    if (retryAt === null) return;
    const timer = window.setTimeout(() => void run(), Math.max(0, retryAt - Date.now()));
    const now = () => void run();
    const onVisible = () => document.visibilityState === 'visible' && now();
    window.addEventListener('online', now);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', now);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [retryAt, run]);

  const setData = useCallback((update: (current: T) => T) => {
    setDataState((current) => (current === null ? current : update(current)));
  }, []);

  return { state, data, reload: run, setData };
}
