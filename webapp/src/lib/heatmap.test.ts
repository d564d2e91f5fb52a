import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekdayOf } from './dates';
import { heatmapLayout } from './heatmap';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Australia/Sydney'])('the year heatmap with the browser in %s', (zone) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });

  it('shows 53 weeks ending with the week of today, with nothing after today', () => {
    const layout = heatmapLayout('2026-11-22', 'MONDAY');
    expect(layout.weeks).toHaveLength(53);
    const last = layout.weeks[52]!;
    expect(last.start).toBe('2026-11-16');
    expect(last.days).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
    const midweek = heatmapLayout('2026-11-18', 'MONDAY').weeks[52]!;
    expect(midweek.days).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', null, null, null, null]);
  });

  it('starts every column on the week start', () => {
    for (const weekStart of ['MONDAY', 'SUNDAY', 'SATURDAY'] as const) {
      const layout = heatmapLayout('2026-03-29', weekStart);
      for (const week of layout.weeks) expect(weekdayOf(week.start)).toBe(weekStart);
      expect(layout.from).toBe(layout.weeks[0]!.start);
    }
  });

  it('covers every day from the first shown to today exactly once, in order', () => {
    const layout = heatmapLayout('2026-03-29', 'SUNDAY');
    const days = layout.weeks.flatMap((w) => w.days).filter((d): d is string => d !== null);
    expect(days[0]).toBe(layout.from);
    expect(days[days.length - 1]).toBe('2026-03-29');
    expect(new Set(days).size).toBe(days.length);
    expect(days.length).toBe(52 * 7 + 1);
  });

  it('labels the column where each month begins', () => {
    const layout = heatmapLayout('2026-11-22', 'MONDAY');
    const labels = layout.weeks.map((w) => w.monthLabel).filter(Boolean);
    expect(labels).toContain('2026-11');
    expect(labels).toContain('2026-03');
    expect(new Set(labels).size).toBe(labels.length);
    const november = layout.weeks.find((w) => w.monthLabel === '2026-11')!;
    expect(november.days).toContain('2026-11-01');
  });

  it('leaves out the first month’s label when it would run into the next one', () => {
    // From Monday 2025-11-17: November has two columns before December begins.
    const layout = heatmapLayout('2026-11-22', 'MONDAY');
    expect(layout.weeks[0]!.start).toBe('2025-11-17');
    expect(layout.weeks[0]!.monthLabel).toBeNull();
    expect(layout.weeks[2]!.monthLabel).toBe('2025-12');
    // From Monday 2025-10-06, October has four columns and keeps its label.
    expect(heatmapLayout('2026-10-05', 'MONDAY').weeks[0]!.monthLabel).toBe('2025-10');
  });
});
