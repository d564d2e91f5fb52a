/** The API of ARCHITECTURE.md §5, one function a call. */
import type { Day } from '../lib/dates';
import type { ImportFile } from '../lib/importFile';
import { CACHED_AT_HEADER } from '../pwa/offlineData';
import { ApiError, request } from './client';
import type {
  ApiToken,
  ImportOptions,
  ImportPreview,
  AuthCheck,
  Board,
  CheckIn,
  CheckInChange,
  CreatedApiToken,
  CheckInStatus,
  Habit,
  HabitInput,
  History,
  ImportReport,
  Pause,
  Profile,
  PushSubscriptionInput,
  Reminder,
  ReminderInput,
  Stats,
} from './types';

const habitPath = (id: string) => `/api/habits/${encodeURIComponent(id)}`;

/** Lists may come bare or wrapped in an object; accept both so a small API change breaks nothing. */
function listFrom<T>(value: unknown, key: string): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === 'object') {
    const inner = (value as Record<string, unknown>)[key];
    if (Array.isArray(inner)) return inner as T[];
  }
  return [];
}

export const api = {
  checkAuth: () => request<AuthCheck>('GET', '/api/auth/check'),
  register: (username: string, password: string, timeZone: string) =>
    request<unknown>('POST', '/api/auth/register', {
      body: { username, password, timeZone },
      redirectOnUnauthorized: false,
    }),
  logIn: (username: string, password: string) =>
    request<unknown>('POST', '/api/auth/login', { body: { username, password }, redirectOnUnauthorized: false }),
  logOut: () => request<void>('POST', '/api/auth/logout', { redirectOnUnauthorized: false }),

  profile: () => request<Profile>('GET', '/api/me'),
  updateProfile: (changes: Partial<Pick<Profile, 'timeZone' | 'dayStartHour' | 'weekStart'>>) =>
    request<Profile>('PATCH', '/api/me', { body: changes }),
  /** A wrong password is 403 (the session is fine); 401 still means the session is gone. */
  deleteAccount: (password: string) => request<void>('DELETE', '/api/me', { body: { password } }),

  /** Offline, the service worker may answer with the last board it saw: `offlineAsOf` says when that was. */
  board: async (): Promise<Board> => {
    let cachedAt: string | null = null;
    const board = await request<Board>('GET', '/api/habits', { onHeaders: (headers) => (cachedAt = headers.get(CACHED_AT_HEADER)) });
    return cachedAt ? { ...board, offlineAsOf: cachedAt } : board;
  },
  /**
   * The archived habits, in board order: `GET /api/habits?archived=true` answers `{"habits":[habit…]}`.
   * Only archived ones are kept, so an answer that is not the archived list never shows active habits here.
   */
  archivedHabits: async (): Promise<Habit[]> =>
    listFrom<Habit>(await request<unknown>('GET', '/api/habits?archived=true'), 'habits').filter((habit) => habit.archived),
  habit: (id: string) => request<Habit>('GET', habitPath(id)),
  createHabit: (input: HabitInput) => request<Habit>('POST', '/api/habits', { body: input }),
  updateHabit: (id: string, input: HabitInput) => request<Habit>('PATCH', habitPath(id), { body: input }),
  /** Moves the habit's first day (a check-in before it would not count otherwise). */
  moveStart: (id: string, startDate: Day) => request<Habit>('PATCH', habitPath(id), { body: { startDate } }),
  deleteHabit: (id: string) => request<void>('DELETE', habitPath(id)),
  archive: (id: string) => request<Habit>('POST', `${habitPath(id)}/archive`),
  unarchive: (id: string) => request<Habit>('POST', `${habitPath(id)}/unarchive`),
  reorder: (order: string[]) => request<unknown>('PUT', '/api/habits/order', { body: { order } }),

  recordCheckIn: (id: string, day: Day, checkIn: { status: CheckInStatus; amount?: number | null; note?: string | null }) =>
    request<CheckIn & CheckInChange>('PUT', `${habitPath(id)}/checkins/${day}`, { body: checkIn }),
  /** Undefined from a server that answers 204. */
  clearCheckIn: (id: string, day: Day) => request<CheckInChange | undefined>('DELETE', `${habitPath(id)}/checkins/${day}`),
  history: (id: string, from: Day, to: Day) =>
    request<History>('GET', `${habitPath(id)}/checkins?from=${from}&to=${to}`),
  stats: (id: string) => request<Stats>('GET', `${habitPath(id)}/stats`),

  /** Null when the habit has no reminder (the server's 404). */
  reminder: async (id: string): Promise<Reminder | null> => {
    try {
      return await request<Reminder>('GET', `${habitPath(id)}/reminder`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  saveReminder: (id: string, reminder: ReminderInput) => request<Reminder>('PUT', `${habitPath(id)}/reminder`, { body: reminder }),
  deleteReminder: (id: string) => request<void>('DELETE', `${habitPath(id)}/reminder`),
  /** The VAPID public key (base64url); 503 when this server has no push configured. */
  pushPublicKey: async (): Promise<string> => (await request<{ publicKey: string }>('GET', '/api/push/public-key')).publicKey,
  addPushSubscription: (subscription: PushSubscriptionInput) =>
    request<{ id: string; endpoint: string; createdAt: string }>('POST', '/api/push/subscriptions', { body: subscription }),

  pauses: async (): Promise<Pause[]> => listFrom<Pause>(await request<unknown>('GET', '/api/pauses'), 'pauses'),
  createPause: (pause: { habitId?: string | null; from: Day; to: Day }) =>
    request<Pause>('POST', '/api/pauses', { body: pause }),
  deletePause: (id: string) => request<void>('DELETE', `/api/pauses/${encodeURIComponent(id)}`),

  tokens: async (): Promise<ApiToken[]> => listFrom<ApiToken>(await request<unknown>('GET', '/api/tokens'), 'tokens'),
  createToken: (name: string) => request<CreatedApiToken>('POST', '/api/tokens', { body: { name } }),
  revokeToken: (id: string) => request<void>('DELETE', `/api/tokens/${encodeURIComponent(id)}`),

  exportData: () => request<unknown>('GET', '/api/export'),
  /** What importing the file would do, written nowhere. */
  previewImport: (file: ImportBody) => request<ImportPreview>('POST', '/api/import?preview=true', importBody(file)),
  importFile: (file: ImportBody, options: ImportOptions) =>
    request<ImportReport>('POST', `/api/import?duplicates=${options.duplicates}&settings=${options.settings}`, importBody(file)),
};

/** An import's file as sent: our JSON export as its text, Loop Habit Tracker's "Export as CSV" zip as the raw file. */
export type ImportBody = Exclude<ImportFile, { kind: 'refused' }>;

function importBody(file: ImportBody) {
  return file.kind === 'json' ? { rawBody: file.text } : { rawBody: file.zip, contentType: 'application/zip' };
}
