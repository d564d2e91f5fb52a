/** Small API answers shared by the component tests. */
import type { BoardHabit, Profile } from '../api/types';

export const TODAY = '2026-11-22';

export const profile: Profile = {
  userId: 'u1',
  username: 'ada',
  timeZone: 'Europe/Berlin',
  dayStartHour: 0,
  weekStart: 'MONDAY',
};

export function boardHabit(changes: Partial<BoardHabit> & Pick<BoardHabit, 'id' | 'name'>): BoardHabit {
  return {
    position: 0,
    archived: false,
    createdAt: '2026-11-01T10:00:00Z',
    description: null,
    color: '#00897b',
    emoji: null,
    schedule: { type: 'daily' },
    goal: { type: 'yesNo' },
    startDate: '2026-11-01',
    commitmentDays: null,
    todayStatus: 'PENDING',
    todayAmount: null,
    currentStreak: 0,
    score: 0,
    ...changes,
  };
}

export const signedIn = {
  'GET /api/auth/check': { body: { authenticated: true, userId: 'u1', username: 'ada' } },
  'GET /api/me': { body: profile },
  'GET /api/tokens': { body: { tokens: [] } },
};
