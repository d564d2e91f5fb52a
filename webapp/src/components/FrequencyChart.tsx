/** Check-ins per week or per month over the last year, with a switch between the two (Loop's "History" chart). */
import { useState } from 'react';
import type { CheckIn, Goal } from '../api/types';
import { formatDay, formatMonth, type Day, type Weekday } from '../lib/dates';
import { formatAmount } from '../lib/format';
import { frequency, type Period } from '../lib/frequency';
import { BarChart } from './Charts';

const COUNTS: Record<Period, number> = { week: 26, month: 12 };

export function FrequencyChart({
  checkins,
  goal,
  today,
  weekStart,
  color,
}: {
  checkins: readonly CheckIn[];
  goal: Goal;
  today: Day;
  weekStart: Weekday;
  color: string;
}) {
  const [period, setPeriod] = useState<Period>('week');
  const buckets = frequency(checkins, goal, today, weekStart, period, COUNTS[period]);
  const unit = goal.type === 'measured' ? (goal.unit ? ` ${goal.unit}` : '') : ' days';
  const name = (key: string) => (period === 'month' ? `${formatMonth(key)} ${key.slice(0, 4)}` : `week of ${formatDay(key)}`);
  return (
    <div className="frequency">
      <div className="radio-row" role="radiogroup" aria-label="Count per">
        {(['week', 'month'] as const).map((p) => (
          <label key={p} className="chip">
            <input type="radio" name="frequency-period" value={p} checked={period === p} onChange={() => setPeriod(p)} />
            <span>{p === 'week' ? 'Per week' : 'Per month'}</span>
          </label>
        ))}
      </div>
      <BarChart
        title={`${goal.type === 'measured' ? 'Amount' : 'Days done'} per ${period}`}
        color={color}
        compact={period === 'week'}
        bars={buckets.map((b, i) => ({
          key: b.key,
          // Every fourth week is labelled, or the labels would overlap on a phone.
          label: period === 'month' ? formatMonth(b.key) : (buckets.length - 1 - i) % 4 === 0 ? formatDay(b.key, { month: 'numeric', day: 'numeric' }) : '',
          value: b.value,
          description: `${name(b.key)}: ${formatAmount(b.value)}${unit}`,
        }))}
      />
    </div>
  );
}
