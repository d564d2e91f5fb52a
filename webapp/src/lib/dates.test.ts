import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  compareDays,
  daysBetween,
  daysInRange,
  formatDay,
  formatInstant,
  fromEpochDay,
  isoDayOfWeek,
  isValidDay,
  lastMonths,
  orderedWeekdays,
  startOfWeek,
  toEpochDay,
  weekdayOf,
} from './dates';

// Zones on both sides of UTC, with DST in either hemisphere, half-hour offsets and the date line.
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('the test environment', () => {
  it('really changes the local zone when TZ is set, so the zone tests below mean something', () => {
    const instant = Date.UTC(2026, 0, 1, 0, 0);
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
    const east = new Date(instant).getDate();
    process.env.TZ = 'Pacific/Pago_Pago'; // UTC-11
    const west = new Date(instant).getDate();
    expect(east).toBe(1);
    expect(west).toBe(31);
  });
});

describe.each(ZONES)('calendar days with the browser in %s', (zone) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });

  it('counts epoch days from 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2000-01-01')).toBe(10957);
    expect(toEpochDay('2026-11-22')).toBe(20779); // Date.UTC(2026, 10, 22) / 86_400_000
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  it('turns every day of 1999–2031 into an epoch day and back unchanged, one day apart', () => {
    let previous = toEpochDay('1999-01-01');
    for (let e = previous + 1; e <= toEpochDay('2031-12-31'); e++) {
      const day = fromEpochDay(e);
      expect(toEpochDay(day)).toBe(e);
      expect(e - previous).toBe(1);
      previous = e;
    }
  });

  it('adds days across month ends, leap days and DST changes without losing or repeating one', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // Europe's spring change on the 29th
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09'); // North America's on the 8th
    expect(addDays('2026-10-03', 2)).toBe('2026-10-05'); // Sydney's on the 4th
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26'); // Europe's autumn change
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-11-22', -364)).toBe('2025-11-23');
    expect(daysInRange('2026-03-28', '2026-03-31')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
  });

  it('measures the distance between days', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-11-22', '2026-11-21')).toBe(-1);
  });

  it('knows the day of the week', () => {
    expect(isoDayOfWeek('1970-01-01')).toBe(4); // Thursday
    expect(weekdayOf('2026-11-22')).toBe('SUNDAY');
    expect(weekdayOf('2000-01-01')).toBe('SATURDAY');
    expect(weekdayOf('2026-03-29')).toBe('SUNDAY');
  });

  it('finds the start of the week for any week start', () => {
    expect(startOfWeek('2026-11-22', 'MONDAY')).toBe('2026-11-16');
    expect(startOfWeek('2026-11-22', 'SUNDAY')).toBe('2026-11-22');
    expect(startOfWeek('2026-11-21', 'SUNDAY')).toBe('2026-11-15');
    expect(startOfWeek('2026-11-16', 'MONDAY')).toBe('2026-11-16');
    expect(startOfWeek('2026-01-01', 'SATURDAY')).toBe('2025-12-27');
    expect(orderedWeekdays('SUNDAY')).toEqual(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
  });

  it('prints the same calendar day whatever the zone', () => {
    const numeric = { year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' } as const;
    expect(formatDay('2026-11-22', numeric, 'en-US')).toBe('Sun, 11/22/2026');
    expect(formatDay('2026-01-01', numeric, 'en-US')).toBe('Thu, 01/01/2026');
    expect(formatDay('2025-12-31', numeric, 'en-US')).toBe('Wed, 12/31/2025');
  });

  it('prints an instant in the user’s zone, not the browser’s', () => {
    expect(formatInstant('2026-11-22T23:30:00Z', 'Europe/Berlin', 'en-US')).toMatch(/^Nov 23, 2026, 12:30\sAM$/);
    expect(formatInstant('2026-11-22T23:30:00Z', 'Pacific/Pago_Pago', 'en-US')).toMatch(/^Nov 22, 2026, 12:30\sPM$/);
  });

  it('lists the last months across a year boundary', () => {
    expect(lastMonths('2026-02-10', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('day text', () => {
  it('accepts only real calendar days in YYYY-MM-DD form', () => {
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2023-02-29')).toBe(false);
    expect(isValidDay('2026-13-01')).toBe(false);
    expect(isValidDay('2026-1-01')).toBe(false);
    expect(isValidDay('')).toBe(false);
  });

  it('orders days as strings', () => {
    expect(compareDays('2026-11-09', '2026-11-10')).toBe(-1);
    expect(compareDays('2026-11-10', '2026-11-10')).toBe(0);
  });

  it('shows an instant that is not one as it came, and a zone the browser lacks in its own zone', () => {
    expect(formatInstant('yesterday', 'UTC')).toBe('yesterday');
    const browsers = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse('2026-11-22T10:00:00Z'));
    expect(formatInstant('2026-11-22T10:00:00Z', 'Mars/Olympus', 'en-US')).toBe(browsers);
  });

  it('refuses to compute with a day that is not one', () => {
    expect(() => toEpochDay('2026-02-30')).toThrow(RangeError);
  });
});
