/**
 * Calendar dates as the API sends them: plain `YYYY-MM-DD` strings with no time and no zone.
 *
 * The server decides which day "today" is in the user's zone, so the app never needs a `Date` in the
 * browser's local time. Everything here works on epoch-day integers (days since 1970-01-01) using
 * Howard Hinnant's civil-calendar algorithms, so the results cannot depend on the browser's zone.
 */

/** A day as the API writes it, e.g. `2026-11-22`. */
export type Day = string;

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

/** Parses a `YYYY-MM-DD` string, or returns null when it is not a real calendar day. */
export function tryParseDay(text: string): CivilDate | null {
  const match = DAY_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidDay(text: string): boolean {
  return tryParseDay(text) !== null;
}

export function parseDay(text: Day): CivilDate {
  const parsed = tryParseDay(text);
  if (!parsed) throw new RangeError(`not a calendar day: ${text}`);
  return parsed;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatCivil({ year, month, day }: CivilDate): Day {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before it). */
export function toEpochDay(text: Day): number {
  const { year, month, day } = parseDay(text);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromEpochDay(epochDay: number): Day {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatCivil({ year, month, day });
}

export function addDays(day: Day, amount: number): Day {
  return fromEpochDay(toEpochDay(day) + amount);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoDayOfWeek(day: Day): number {
  const mod = (((toEpochDay(day) + 3) % 7) + 7) % 7;
  return mod + 1;
}

export function weekdayOf(day: Day): Weekday {
  return WEEKDAYS[isoDayOfWeek(day) - 1] as Weekday;
}

/** The first day of the week holding `day`, for weeks that begin on `weekStart`. */
export function startOfWeek(day: Day, weekStart: Weekday): Day {
  const startIndex = WEEKDAYS.indexOf(weekStart) + 1;
  const back = (isoDayOfWeek(day) - startIndex + 7) % 7;
  return addDays(day, -back);
}

/** The weekdays in display order for weeks that begin on `weekStart`. */
export function orderedWeekdays(weekStart: Weekday): Weekday[] {
  const start = WEEKDAYS.indexOf(weekStart);
  return WEEKDAYS.map((_, i) => WEEKDAYS[(start + i) % 7] as Weekday);
}

export function compareDays(a: Day, b: Day): number {
  // Zero-padded ISO days sort correctly as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDay(a: Day, b: Day): Day {
  return compareDays(a, b) <= 0 ? a : b;
}

export function maxDay(a: Day, b: Day): Day {
  return compareDays(a, b) >= 0 ? a : b;
}

/** Every day from `from` to `to`, both included. */
export function daysInRange(from: Day, to: Day): Day[] {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  const days: Day[] = [];
  for (let d = start; d <= end; d++) days.push(fromEpochDay(d));
  return days;
}

/** `YYYY-MM` of a day. */
export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

/** The `count` months ending with the month of `day`, oldest first, as `YYYY-MM`. */
export function lastMonths(day: Day, count: number): string[] {
  const { year, month } = parseDay(day);
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`);
  }
  return months;
}

/**
 * Formats a calendar day for people. The instant handed to Intl is midnight UTC of that day and the
 * formatter is told to use UTC, so the printed day is the same in every browser zone.
 */
export function formatDay(day: Day, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }, locale?: string): string {
  const { year, month, day: dom } = parseDay(day);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, dom));
}

/**
 * An instant (an ISO string from the API) as a date and time in a zone, the user's when known:
 * "Nov 22, 2026, 9:30 AM". A zone the browser does not know falls back to the browser's own.
 */
export function formatInstant(instant: string, timeZone?: string, locale?: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(ms);
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(ms);
  }
}

export function formatMonth(month: string, locale?: string): string {
  return formatDay(`${month}-01`, { month: 'short' }, locale);
}

/** The browser's IANA zone, used as the default when registering. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the browser knows, for the time-zone pickers. */
export function knownTimeZones(): string[] {
  const withSupported = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    return withSupported.supportedValuesOf ? withSupported.supportedValuesOf('timeZone') : [];
  } catch {
    return [];
  }
}

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
