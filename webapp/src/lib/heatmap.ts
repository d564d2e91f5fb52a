/** The layout of a year heatmap: pure calendar arithmetic on plain days, no `Date` involved. */
import { addDays, compareDays, monthOf, startOfWeek, type Day, type Weekday } from './dates';

export interface HeatmapWeek {
  /** The first day of the column (whatever its month). */
  start: Day;
  /** Seven cells from the week's start; null where the day is after `end` (the rest of the current week). */
  days: (Day | null)[];
  /** `YYYY-MM` when a new month begins in this column, for the month labels above the grid. */
  monthLabel: string | null;
}

export interface HeatmapLayout {
  /** First day shown (start of the first week). */
  from: Day;
  /** Last day shown (today). */
  to: Day;
  weeks: HeatmapWeek[];
}

/**
 * Columns of weeks covering `weeks` weeks that end with the week holding `end`. The first column starts
 * on `weekStart`; days after `end` are left empty so the future is never drawn.
 */
export function heatmapLayout(end: Day, weekStart: Weekday, weeks = 53): HeatmapLayout {
  const lastWeekStart = startOfWeek(end, weekStart);
  const from = addDays(lastWeekStart, -7 * (weeks - 1));
  const columns: HeatmapWeek[] = [];
  let previousMonth: string | null = null;
  for (let w = 0; w < weeks; w++) {
    const start = addDays(from, 7 * w);
    const days: (Day | null)[] = [];
    let label: string | null = null;
    for (let i = 0; i < 7; i++) {
      const day = addDays(start, i);
      if (compareDays(day, end) > 0) {
        days.push(null);
        continue;
      }
      days.push(day);
      const month = monthOf(day);
      if (month !== previousMonth) {
        // Label the column where a month starts, but not a partial first column's old month.
        if (previousMonth !== null || i === 0) label = month;
        previousMonth = month;
      }
    }
    columns.push({ start, days, monthLabel: label });
  }
  // A label needs about three columns; when the first (partial) month's label would touch the next
  // one, drop the first.
  const firstLabelled = columns.findIndex((c) => c.monthLabel !== null);
  const nextLabelled = columns.findIndex((c, i) => i > firstLabelled && c.monthLabel !== null);
  if (firstLabelled >= 0 && nextLabelled >= 0 && nextLabelled - firstLabelled < 3) {
    columns[firstLabelled] = { ...columns[firstLabelled]!, monthLabel: null };
  }
  return { from, to: end, weeks: columns };
}
