import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../test/fetchMock';
import { api } from './endpoints';

const habit = (id: string, archived: boolean, position = 0) => ({ id, name: id, archived, position });

describe('archived habits', () => {
  it('come from the filtered list when the server supports it', async () => {
    const { requests } = mockFetch({
      'GET /api/habits?archived=true': json({ habits: [habit('b', true, 2), habit('a', true, 1)] }),
    });
    expect((await api.archivedHabits()).map((h) => h.id)).toEqual(['a', 'b']);
    expect(requests).toHaveLength(1);
  });

  it('come from the export when the server ignores the filter and answers with the board', async () => {
    mockFetch({
      'GET /api/habits?archived=true': json({ today: '2026-11-22', habits: [habit('active', false)] }),
      'GET /api/export': json({ formatVersion: 1, habits: [habit('active', false), habit('old', true)], pauses: [] }),
    });
    expect((await api.archivedHabits()).map((h) => h.id)).toEqual(['old']);
  });
});

describe('pauses', () => {
  it('are read from the wrapped list', async () => {
    mockFetch({ 'GET /api/pauses': json({ pauses: [{ id: 'p1', habitId: null, from: '2026-12-01', to: '2026-12-07' }] }) });
    expect(await api.pauses()).toEqual([{ id: 'p1', habitId: null, from: '2026-12-01', to: '2026-12-07' }]);
  });
});
