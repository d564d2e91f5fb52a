/**
 * The recent days of every habit on the board, for the week strips: read from the history endpoint,
 * a few habits at a time, kept per habit, changed in place by a check-in and read again after one (the
 * schedule may have changed what the other days are: a third time this week satisfies the rest).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/endpoints';
import { addDays, type Day } from '../lib/dates';
import { STRIP_DAYS, stripFrom, type StripDay, type StripDays } from '../lib/weekStrip';
import { passes } from './useLoad';

/** Histories asked for at once: enough to fill a board quickly without flooding a small server. */
const PARALLEL = 4;
/** A failed habit's days are asked for again after this long. */
const RETRY_MS = 4000;
/** Rapid taps on one habit are followed by one read of its days, not one each. */
const SETTLE_MS = 300;
/** The one retry timer's key among the per-habit settle timers (no habit id looks like it). */
const RETRY_TIMER = 'retry';

export type StripEntry = StripDays | 'failed';

export interface Strips {
  of: (habitId: string) => StripEntry | undefined;
  setDay: (habitId: string, day: Day, cell: StripDay | undefined) => void;
  /** Reads the habit's days again soon (after a check-in was saved). */
  refresh: (habitId: string) => void;
}

async function inBatches<T>(items: readonly T[], size: number, each: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(size, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await each(item);
  });
  await Promise.all(workers);
}

export function useStrips(habitIds: readonly string[] | null, today: Day | null): Strips {
  // The days belong to one "today"; a new day (after midnight) starts afresh.
  const [strips, setStrips] = useState<{ day: Day | null; entries: Readonly<Record<string, StripEntry>> }>({ day: today, entries: {} });
  const entries = strips.day === today ? strips.entries : {};
  const [retryTick, setRetryTick] = useState(0);
  // Bumped by every local change of a habit's days: a read that started before one is stale.
  const versions = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, number>());
  const loading = useRef(new Set<string>());

  const put = useCallback(
    (update: (all: Readonly<Record<string, StripEntry>>) => Readonly<Record<string, StripEntry>>) =>
      setStrips((current) => ({ day: today, entries: update(current.day === today ? current.entries : {}) })),
    [today],
  );

  const read = useCallback(
    async (habitId: string) => {
      if (!today) return;
      const version = versions.current.get(habitId) ?? 0;
      try {
        const history = await api.history(habitId, addDays(today, -(STRIP_DAYS - 1)), today);
        if ((versions.current.get(habitId) ?? 0) !== version) return; // changed meanwhile; its own read follows
        put((all) => ({ ...all, [habitId]: stripFrom(history) }));
      } catch (error) {
        // Days already on screen stay; only a habit with none shows that they could not be read.
        put((all) => (all[habitId] && all[habitId] !== 'failed' ? all : { ...all, [habitId]: 'failed' }));
        // Kept with the other timers so that leaving the board cancels it (no state update after unmount).
        if (passes(error)) {
          window.clearTimeout(timers.current.get(RETRY_TIMER));
          timers.current.set(RETRY_TIMER, window.setTimeout(() => setRetryTick((n) => n + 1), RETRY_MS));
        }
      }
    },
    [today, put],
  );

  const key = habitIds?.join(',') ?? '';
  const known = Object.entries(entries)
    .filter(([, entry]) => entry !== 'failed')
    .map(([id]) => id)
    .join(',');
  useEffect(() => {
    if (!habitIds || !today) return;
    const have = new Set(known.split(','));
    const missing = habitIds.filter((id) => !have.has(id) && !loading.current.has(id));
    if (missing.length === 0) return;
    missing.forEach((id) => loading.current.add(id));
    void inBatches(missing, PARALLEL, async (id) => {
      await read(id);
      loading.current.delete(id);
    });
    // habitIds is watched through its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, known, today, read, retryTick]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => window.clearTimeout(timer));
  }, []);

  const setDay = useCallback(
    (habitId: string, day: Day, cell: StripDay | undefined) => {
      versions.current.set(habitId, (versions.current.get(habitId) ?? 0) + 1);
      put((all) => {
        const current = all[habitId];
        const days: Record<Day, StripDay> = current && current !== 'failed' ? { ...current } : {};
        if (cell) days[day] = cell;
        else delete days[day];
        return { ...all, [habitId]: days };
      });
    },
    [put],
  );

  const refresh = useCallback(
    (habitId: string) => {
      window.clearTimeout(timers.current.get(habitId));
      timers.current.set(
        habitId,
        window.setTimeout(() => {
          timers.current.delete(habitId);
          void read(habitId);
        }, SETTLE_MS),
      );
    },
    [read],
  );

  const of = useCallback((habitId: string) => entries[habitId], [entries]);
  return { of, setDay, refresh };
}
