import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../test/fetchMock';
import { api } from './endpoints';

const habit = (id: string, archived: boolean, position = 0) => ({ id, name: id, archived, position });

describe('archived habits', () => {
  it('come from GET /api/habits?archived=true alone, in the order the server gives', async () => {
    const { requests } = mockFetch({
      'GET /api/habits?archived=true': json({ habits: [habit('b', true, 1), habit('a', true, 2)] }),
    });
    expect((await api.archivedHabits()).map((h) => h.id)).toEqual(['b', 'a']);
    expect(requests).toHaveLength(1);
  });

  it('never include an active habit, even from an answer that is not the archived list', async () => {
    const { requests } = mockFetch({
      'GET /api/habits?archived=true': json({ today: '2026-11-22', habits: [habit('active', false)] }),
    });
    expect(await api.archivedHabits()).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});

describe('pauses', () => {
  it('are read from the wrapped list', async () => {
    mockFetch({ 'GET /api/pauses': json({ pauses: [{ id: 'p1', habitId: null, from: '2026-12-01', to: '2026-12-07' }] }) });
    expect(await api.pauses()).toEqual([{ id: 'p1', habitId: null, from: '2026-12-01', to: '2026-12-07' }]);
  });
});
