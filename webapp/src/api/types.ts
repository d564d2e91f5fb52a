/** The JSON of ARCHITECTURE.md §5. Servers may add fields; these are the ones the app relies on. */
import type { Day, Weekday } from '../lib/dates';

export type Schedule =
  | { type: 'daily' }
  | { type: 'weekdays'; days: Weekday[] }
  | { type: 'timesPerWindow'; times: number; days: number }
  | { type: 'timesPerWeek'; times: number }
  | { type: 'timesPerMonth'; times: number };

export type Direction = 'AT_LEAST' | 'AT_MOST';

export type Goal = { type: 'yesNo' } | { type: 'measured'; target: number; unit: string; direction: Direction };

export interface HabitInput {
  name: string;
  description?: string | null;
  color: string;
  emoji?: string | null;
  schedule: Schedule;
  goal: Goal;
  startDate?: Day | null;
  commitmentDays?: number | null;
}

export interface Habit extends HabitInput {
  id: string;
  position: number;
  archived: boolean;
  createdAt: string;
  /** Present when the server puts the reminder in the habit (null: none); absent, it is asked for apart. */
  reminder?: Reminder | null;
}

export type TodayStatus = 'DONE' | 'SKIPPED' | 'PENDING' | 'NOT_DUE';

export interface BoardHabit extends Habit {
  todayStatus: TodayStatus;
  todayAmount?: number | null;
  currentStreak: number;
  score: number;
}

export interface Board {
  today: Day;
  habits: BoardHabit[];
  /** Set by the app, not the server: the board is the service worker's copy from this instant (offline). */
  offlineAsOf?: string;
}

export type CheckInStatus = 'DONE' | 'SKIPPED';

export interface CheckIn {
  day: Day;
  status: CheckInStatus;
  amount?: number | null;
  note?: string | null;
}

/**
 * What a check-in change answers: the habit's updated board entry and the user's today. Older servers
 * answer a PUT with the check-in alone and a DELETE with 204; then both are absent and the board is read again.
 */
export interface CheckInChange {
  entry?: BoardHabit;
  today?: Day;
}

export type DayState = 'SATISFIED' | 'EXCUSED' | 'MISSED' | 'PENDING';

export interface History {
  checkins: CheckIn[];
  days: { day: Day; state: DayState }[];
}

export interface Milestone {
  kind: string;
  reachedOn: Day;
}

/** One of the habit's longest runs of satisfied days, as the stats list them. */
export interface StreakRun {
  start: Day;
  end: Day;
  length: number;
}

export interface Stats {
  currentStreak: number;
  bestStreak: number;
  score: number;
  totalSatisfied: number;
  completionRate: { last7: number; last30: number; last365: number; allTime: number };
  byWeekday: Partial<Record<Weekday, number>>;
  byMonth: Record<string, number>;
  scoreSeries: { day: Day; score: number }[];
  bestStreaks?: StreakRun[];
  milestones: Milestone[];
  commitment?: { days: number; satisfied: number } | null;
}

export interface AuthCheck {
  authenticated: boolean;
  userId?: string | null;
  username?: string | null;
}

export interface Profile {
  userId: string;
  username: string;
  timeZone: string;
  dayStartHour: number;
  weekStart: Weekday;
}

export interface Pause {
  id: string;
  habitId?: string | null;
  from: Day;
  to: Day;
}

/** A personal API token as listed: never the secret itself. Instants are ISO strings. */
export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The answer to creating a token: the only time the secret is shown. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}

/** What an import took (our JSON or a Loop zip); `skipped` counts the habits left out as already here. */
export interface ImportReport {
  habits: number;
  checkIns: number;
  pauses: number;
  milestones: number;
  skipped: number;
}

/** A setting an import's file would change: its name in the settings API, the user's value and the file's. */
export interface ImportSettingChange {
  name: 'timeZone' | 'dayStartHour' | 'weekStart';
  yours: string;
  file: string;
}

/** What an import would do (`?preview=true`): nothing is written. */
export interface ImportPreview {
  habitCount: number;
  alreadyHere: number;
  checkIns: number;
  pauses: number;
  /** `alreadyHereAs` is the id of the user's habit it already is; absent when new. */
  habits: { name: string; alreadyHereAs?: string }[];
  settings: ImportSettingChange[];
}

/** `skip` leaves out the habits already here, `copy` adds them again; `keep` or `replace` the user's settings. */
export interface ImportOptions {
  duplicates: 'skip' | 'copy';
  settings: 'keep' | 'replace';
}

/** A habit's reminder: a time of the user's day (HH:mm) on chosen weekdays; a snooze sends it again then. */
export interface Reminder {
  habitId: string;
  time: string;
  days: Weekday[];
  snoozedUntil: string | null;
}

export interface ReminderInput {
  time: string;
  days: Weekday[];
}

/** A browser's `PushSubscription.toJSON()`, as the server stores it. */
export interface PushSubscriptionInput {
  endpoint: string;
  expirationTime?: number | null;
  keys: { p256dh: string; auth: string };
}

/** RFC 9457 problem details, with the field errors of §5. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}
