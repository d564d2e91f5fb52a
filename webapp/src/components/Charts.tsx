/**
 * Small charts: lighter than a chart library for the three the app draws. Text stays HTML so it keeps
 * its size on every screen; only the plot is SVG, stretched to the box it is given.
 */
import { formatDay, type Day } from '../lib/dates';

/** At most `max` points, always keeping the first and the last one (today). */
export function downsample<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const step = (points.length - 1) / (max - 1);
  const result: T[] = [];
  for (let i = 0; i < max; i++) result.push(points[Math.round(i * step)] as T);
  return result;
}

/** The SVG path of a 0–100 series in a 100×100 box. A single point is drawn as a flat line. */
export function scorePath(scores: readonly number[]): string {
  if (scores.length === 0) return '';
  const values = scores.length === 1 ? [scores[0]!, scores[0]!] : scores;
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  return values
    .map((score, i) => `${i === 0 ? 'M' : 'L'}${((i / (values.length - 1)) * 100).toFixed(2)},${(100 - clamp(score)).toFixed(2)}`)
    .join(' ');
}

export function ScoreChart({ series, color }: { series: { day: Day; score: number }[]; color: string }) {
  if (series.length === 0) return <p className="muted">No score yet.</p>;
  const points = downsample(series, 365);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const line = scorePath(points.map((p) => p.score));
  const label = `Strength over time, from ${Math.round(first.score)}% on ${formatDay(first.day)} to ${Math.round(last.score)}% on ${formatDay(last.day)}`;
  return (
    <figure className="score-chart" role="img" aria-label={label}>
      <div className="score-chart-y" aria-hidden="true">
        <span>100</span>
        <span>50</span>
        <span>0</span>
      </div>
      <svg className="score-chart-plot" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        {[0, 50, 100].map((v) => (
          <line key={v} className="chart-grid" x1={0} x2={100} y1={v} y2={v} vectorEffect="non-scaling-stroke" />
        ))}
        <path d={`${line} L100,100 L0,100 Z`} fill={color} opacity={0.15} />
        <path d={line} fill="none" stroke={color} strokeWidth={2} vectorEffect="non-scaling-stroke" />
      </svg>
      <div className="score-chart-x" aria-hidden="true">
        <span>{formatDay(first.day)}</span>
        <span>{formatDay(last.day)}</span>
      </div>
    </figure>
  );
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Spoken and hovered text, e.g. "Monday: 6". */
  description: string;
}

/** `compact`: many narrow bars (26 weeks); values are left to the hover text and the spoken label. */
export function BarChart({ bars, color, title, compact = false }: { bars: Bar[]; color: string; title: string; compact?: boolean }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <div className={`bar-chart${compact ? ' is-compact' : ''}`} role="img" aria-label={`${title}: ${bars.map((b) => b.description).join(', ')}`}>
      {bars.map((bar) => (
        <div className="bar" key={bar.key} title={bar.description} aria-hidden="true">
          <span className="bar-value">{compact ? '' : bar.value}</span>
          <span className="bar-track">
            <span className="bar-fill" style={{ height: `${(bar.value / max) * 100}%`, background: color }} />
          </span>
          <span className="bar-label">{bar.label}</span>
        </div>
      ))}
    </div>
  );
}
