/**
 * The outbox of the signed-in user (lib/outbox.ts): what is waiting, what the server refused, a way to add
 * to it, and the replays — at start, when the browser says it is online again, when the tab is looked at,
 * and every few seconds while something waits (a server that was down comes back without any `online`).
 * A screen that shows check-ins listens to the replays' answers to update its cards.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/endpoints';
import { formatDay } from '../lib/dates';
import { enqueue, pendingOf, replay, type NewCheckIn, type OutboxStore, type QueuedCheckIn, type ReplayResult } from '../lib/outbox';
import { indexedDbStore } from '../lib/outboxStore';
import { useSession } from './session';

export const REPLAY_EVERY_MS = 5000;

export interface Failed {
  key: string;
  text: string;
}

export interface Outbox {
  /** The user's waiting check-ins, in order. */
  pending: QueuedCheckIn[];
  failed: Failed[];
  add: (change: Omit<NewCheckIn, 'userId'>) => Promise<void>;
  replayNow: () => Promise<void>;
  dismissFailed: (key: string) => void;
  /** Hears every replayed answer; returns the way to stop. */
  onResult: (listener: (result: ReplayResult) => void) => () => void;
}

const OutboxContext = createContext<Outbox | null>(null);

/** The start move, then the day's PUT or DELETE: what the board would have sent. */
async function send(entry: QueuedCheckIn) {
  if (entry.moveStart) await api.moveStart(entry.habitId, entry.moveStart);
  if (entry.change === null) return api.clearCheckIn(entry.habitId, entry.day);
  const { status, amount, note } = entry.change;
  return api.recordCheckIn(entry.habitId, entry.day, { status, ...(amount != null ? { amount } : {}), ...(note ? { note } : {}) });
}

export function OutboxProvider({ children, store: given }: { children: ReactNode; store?: OutboxStore }) {
  const session = useSession();
  const userId = session.status === 'authenticated' ? session.userId : null;
  const store = useMemo(() => given ?? indexedDbStore(), [given]);
  const [pending, setPending] = useState<QueuedCheckIn[]>([]);
  const [failed, setFailed] = useState<Failed[]>([]);
  const listeners = useRef(new Set<(result: ReplayResult) => void>());
  // One change of the store at a time: an add never races a replay's removal.
  const line = useRef<Promise<unknown>>(Promise.resolve());
  const serial = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = line.current.then(work, work);
    line.current = next.catch(() => undefined);
    return next;
  }, []);

  const refresh = useCallback(async () => {
    setPending(userId ? await pendingOf(store, userId) : []);
  }, [store, userId]);

  const replayNow = useCallback(
    () =>
      serial(async () => {
        if (!userId) return;
        await replay(store, userId, send, (result) => {
          if (result.kind === 'refused') {
            const { habitName, day, key } = result.entry;
            setFailed((list) => [...list.filter((f) => f.key !== key), { key, text: `${habitName}, ${formatDay(day)}: ${result.reason}` }]);
          }
          listeners.current.forEach((listener) => listener(result));
        }).catch(() => false);
        await refresh();
      }),
    [serial, store, userId, refresh],
  );

  const add = useCallback(
    (change: Omit<NewCheckIn, 'userId'>) =>
      serial(async () => {
        if (!userId) return;
        await enqueue(store, { ...change, userId });
        await refresh();
      }),
    [serial, store, userId, refresh],
  );

  // At start (and for whoever logs in), send what an earlier visit left.
  useEffect(() => {
    void refresh().then(replayNow);
  }, [refresh, replayNow]);

  const waiting = pending.length > 0;
  useEffect(() => {
    if (!waiting) return;
    const now = () => void replayNow();
    const onVisible = () => document.visibilityState === 'visible' && now();
    const timer = window.setInterval(now, REPLAY_EVERY_MS);
    window.addEventListener('online', now);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', now);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [waiting, replayNow]);

  const dismissFailed = useCallback((key: string) => setFailed((list) => list.filter((f) => f.key !== key)), []);
  const onResult = useCallback((listener: (result: ReplayResult) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  const value = useMemo<Outbox>(
    () => ({ pending, failed, add, replayNow, dismissFailed, onResult }),
    [pending, failed, add, replayNow, dismissFailed, onResult],
  );
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

export function useOutbox(): Outbox {
  const outbox = useContext(OutboxContext);
  if (!outbox) throw new Error('useOutbox outside OutboxProvider');
  return outbox;
}

/** "2 check-ins waiting to be sent", and what the server refused, on every screen. */
export function OutboxStatus() {
  const { pending, failed, dismissFailed } = useOutbox();
  if (pending.length === 0 && failed.length === 0) return null;
  return (
    <div className="outbox-status">
      {pending.length > 0 && (
        <p role="status" className="outbox-pending" data-testid="outbox-pending">
          <span className="waiting-dot" aria-hidden="true" />
          {pending.length === 1 ? '1 check-in waiting to be sent' : `${pending.length} check-ins waiting to be sent`}
          <span className="muted"> — sent by itself when the server can be reached.</span>
        </p>
      )}
      {failed.map((failure) => (
        <div key={failure.key} role="alert" className="outbox-failed" data-testid="outbox-failed">
          <p>
            <strong>Not saved:</strong> {failure.text}
          </p>
          <button type="button" className="button" onClick={() => dismissFailed(failure.key)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
