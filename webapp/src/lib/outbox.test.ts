import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../api/client';
import { enqueue, memoryStore, pendingOf, replay, retryable, type NewCheckIn, type QueuedCheckIn, type ReplayResult } from './outbox';

const change = (day: string, status: 'DONE' | 'SKIPPED' | null, changes: Partial<NewCheckIn> = {}): NewCheckIn => ({
  userId: 'u1',
  habitId: 'h1',
  habitName: 'Run',
  day,
  change: status ? { status } : null,
  moveStart: null,
  ...changes,
});

describe('the outbox', () => {
  it('keeps one entry per habit and day, the last change moving to the end of the line', async () => {
    const store = memoryStore();
    await enqueue(store, change('2026-11-20', 'DONE'));
    await enqueue(store, change('2026-11-21', 'DONE'));
    await enqueue(store, change('2026-11-20', 'SKIPPED'));

    const line = await pendingOf(store, 'u1');
    expect(line.map((e) => [e.day, e.change?.status])).toEqual([
      ['2026-11-21', 'DONE'],
      ['2026-11-20', 'SKIPPED'],
    ]);
  });

  it('keeps the earliest start move of a day changed twice', async () => {
    const store = memoryStore();
    await enqueue(store, change('2026-11-10', 'DONE', { moveStart: '2026-11-10' }));
    await enqueue(store, change('2026-11-10', null));
    expect((await pendingOf(store, 'u1'))[0]?.moveStart).toBe('2026-11-10');
  });

  it('shows and sends only the signed-in user’s entries', async () => {
    const store = memoryStore();
    await enqueue(store, change('2026-11-20', 'DONE'));
    await enqueue(store, change('2026-11-20', 'DONE', { userId: 'u2', habitId: 'other' }));
    const sent: string[] = [];
    await replay(store, 'u2', async (e) => void sent.push(e.habitId), () => undefined);
    expect(sent).toEqual(['other']);
    expect(await pendingOf(store, 'u1')).toHaveLength(1);
  });

  it('replays in order and drops each entry once the server accepts it', async () => {
    const store = memoryStore();
    await enqueue(store, change('2026-11-19', 'DONE'));
    await enqueue(store, change('2026-11-20', null));
    const sent: string[] = [];
    const results: ReplayResult[] = [];
    const empty = await replay(store, 'u1', async (e) => {
      sent.push(`${e.change ? 'PUT' : 'DELETE'} ${e.day}`);
      return { today: '2026-11-22' };
    }, (r) => results.push(r));

    expect(empty).toBe(true);
    expect(sent).toEqual(['PUT 2026-11-19', 'DELETE 2026-11-20']);
    expect(results.map((r) => [r.kind, r.entry.day])).toEqual([
      ['sent', '2026-11-19'],
      ['sent', '2026-11-20'],
    ]);
    expect(await pendingOf(store, 'u1')).toEqual([]);
  });

  it.each([
    ['no network', new NetworkError(new TypeError('Failed to fetch'))],
    ['a server error', new ApiError(503, null)],
    ['a lost session', new ApiError(401, null)],
    ['too many requests', new ApiError(429, null)],
  ])('keeps the entry and everything behind it on %s', async (_, error) => {
    const store = memoryStore();
    await enqueue(store, change('2026-11-19', 'DONE'));
    await enqueue(store, change('2026-11-20', 'DONE'));
    const sent: string[] = [];
    const empty = await replay(store, 'u1', async (e) => {
      sent.push(e.day);
      throw error;
    }, () => undefined);

    expect(empty).toBe(false);
    expect(sent).toEqual(['2026-11-19']); // the second waits behind the first: the order is kept
    expect((await pendingOf(store, 'u1')).map((e) => e.day)).toEqual(['2026-11-19', '2026-11-20']);
  });

  it('drops an entry the server refuses for good, says why, and goes on with the next', async () => {
    const store = memoryStore();
    await enqueue(store, change('2026-11-19', 'DONE'));
    await enqueue(store, change('2026-11-20', 'DONE'));
    const results: ReplayResult[] = [];
    await replay(store, 'u1', async (e) => {
      if (e.day === '2026-11-19') throw new ApiError(404, { detail: 'No such habit.' });
      return undefined;
    }, (r) => results.push(r));

    expect(results).toEqual([
      { kind: 'refused', entry: expect.objectContaining({ day: '2026-11-19' }), reason: 'No such habit.' },
      { kind: 'sent', entry: expect.objectContaining({ day: '2026-11-20' }), answer: undefined },
    ]);
    expect(await pendingOf(store, 'u1')).toEqual([]);
  });

  it('keeps an entry changed again while its send ran, to send it as changed', async () => {
    const store = memoryStore();
    await enqueue(store, change('2026-11-20', 'DONE'));
    const results: ReplayResult[] = [];
    let first = true;
    await replay(store, 'u1', async () => {
      if (first) {
        first = false;
        await enqueue(store, change('2026-11-20', 'SKIPPED'));
      }
      return undefined;
    }, (r) => results.push(r));

    expect(results).toEqual([]);
    expect((await pendingOf(store, 'u1')).map((e: QueuedCheckIn) => e.change?.status)).toEqual(['SKIPPED']);
  });

  it('counts 4xx other than 401, 408 and 429 as final, the rest as passing', () => {
    expect(retryable(new ApiError(400, null))).toBe(false);
    expect(retryable(new ApiError(404, null))).toBe(false);
    expect(retryable(new ApiError(422, null))).toBe(false);
    expect(retryable(new ApiError(408, null))).toBe(true);
    expect(retryable(new ApiError(500, null))).toBe(true);
  });
});
