/**
 * Check-ins made while the server cannot be reached wait here and are sent again, in the order they were
 * made, when it can. One entry per habit and day: a day's later change replaces the earlier one (a PUT sets
 * the whole day, a DELETE clears it, so only the last matters) and takes its place at the end of the line.
 * An entry leaves only when the server has answered it: accepted (2xx), or refused for good (a 4xx other
 * than 401/408/429, which a retry would not change: the habit is gone, the day is out of range). A network
 * failure, a 5xx, a 401 (the session is back after logging in again) keep it for the next try.
 */
import { ApiError, NetworkError, errorMessage } from '../api/client';
import type { CheckInChange, CheckInStatus } from '../api/types';
import { compareDays, type Day } from './dates';

export interface QueuedCheckIn {
  /** `habitId/day`: one entry per habit and day. */
  key: string;
  /** Order of making: the line is replayed by it. */
  seq: number;
  /** Whose check-in it is: another user on this device never sends (or sees) it. */
  userId: string;
  habitId: string;
  habitName: string;
  day: Day;
  /** The day's new state; null clears it. */
  change: { status: CheckInStatus; amount?: number | null; note?: string | null } | null;
  /** The habit's start moves back to this day first (a day before the start would not count). */
  moveStart: Day | null;
  queuedAt: string;
}

/** Where the line is kept: IndexedDB in the browser (outboxStore.ts), memory in tests. */
export interface OutboxStore {
  all(): Promise<QueuedCheckIn[]>;
  get(key: string): Promise<QueuedCheckIn | undefined>;
  put(entry: QueuedCheckIn): Promise<void>;
  delete(key: string): Promise<void>;
}

export type NewCheckIn = Omit<QueuedCheckIn, 'key' | 'seq' | 'queuedAt'>;

export function keyOf(habitId: string, day: Day): string {
  return `${habitId}/${day}`;
}

/** Adds a change to the end of the line, replacing one for the same day (an earlier start move is kept). */
export async function enqueue(store: OutboxStore, change: NewCheckIn, now = new Date()): Promise<QueuedCheckIn> {
  const key = keyOf(change.habitId, change.day);
  const [existing, all] = await Promise.all([store.get(key), store.all()]);
  const seq = Math.max(0, ...all.map((e) => e.seq)) + 1;
  const starts = [existing?.moveStart, change.moveStart].filter((d): d is Day => !!d).sort(compareDays);
  const entry: QueuedCheckIn = { ...change, key, seq, moveStart: starts[0] ?? null, queuedAt: now.toISOString() };
  await store.put(entry);
  return entry;
}

export async function pendingOf(store: OutboxStore, userId: string): Promise<QueuedCheckIn[]> {
  return (await store.all()).filter((e) => e.userId === userId).sort((a, b) => a.seq - b.seq);
}

/** Whether a failed send may succeed later (kept), or never will (dropped, and shown as failed). */
export function retryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof ApiError) return error.status >= 500 || [401, 408, 429].includes(error.status);
  return true; // an unknown failure: better sent twice (idempotent) than lost
}

export type ReplayResult =
  | { kind: 'sent'; entry: QueuedCheckIn; answer: CheckInChange | undefined }
  | { kind: 'refused'; entry: QueuedCheckIn; reason: string };

/** Sends one entry: its start move, then its PUT or DELETE. */
export type Send = (entry: QueuedCheckIn) => Promise<CheckInChange | undefined>;

/**
 * Sends the user's line in order until it is empty or a send fails in a way that passes (the rest waits
 * behind it, keeping the order). An entry changed again while its send ran stays, to be sent as changed.
 * True when the line is empty afterwards.
 */
export async function replay(store: OutboxStore, userId: string, send: Send, onResult: (result: ReplayResult) => void): Promise<boolean> {
  for (const entry of await pendingOf(store, userId)) {
    let result: ReplayResult;
    try {
      result = { kind: 'sent', entry, answer: await send(entry) };
    } catch (error) {
      if (retryable(error)) return false;
      result = { kind: 'refused', entry, reason: errorMessage(error) };
    }
    const now = await store.get(entry.key);
    if (now && now.seq !== entry.seq) continue; // changed meanwhile: its newer state goes later in the line
    await store.delete(entry.key);
    onResult(result);
  }
  return (await pendingOf(store, userId)).length === 0;
}

export function memoryStore(): OutboxStore {
  const entries = new Map<string, QueuedCheckIn>();
  return {
    all: async () => [...entries.values()],
    get: async (key) => entries.get(key),
    put: async (entry) => void entries.set(entry.key, entry),
    delete: async (key) => void entries.delete(key),
  };
}
