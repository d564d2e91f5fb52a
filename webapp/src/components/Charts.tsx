/** Small SVG charts: lighter than a chart library for the three charts the app draws. */
import { formatDay, type Day } from '../lib/dates';

/** At most `max` points, always keeping the last one (today). */
export function downsample<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const step = (points.length - 1) / (max - 1);
  const result: T[] = [];
  for (let i = 0; i < max; i++) result.push(points[Math.round(i * step)] as T);
  return result;
}

export function ScoreChart({ series, color }: { series: { day: Day; score: number }[]; color: string }) {
  if (series.length === 0) return <p className="muted">No score yet.</p>;
  const points = downsample(series, 240);
  const width = 600;
  const height = 160;
  const pad = { left: 34, right: 8, top: 8, bottom: 22 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length === 1 ? innerW : (i / (points.length - 1)) * innerW);
  const y = (score: number) => pad.top + innerH - (Math.max(0, Math.min(100, score)) / 100) * innerH;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const label = `Strength over time, from ${Math.round(first.score)}% on ${formatDay(first.day)} to ${Math.round(last.score)}% on ${formatDay(last.day)}`;
  return (
    <svg className="chart score-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} preserveAspectRatio="none">
      {[0, 50, 100].map((v) => (
        <g key={v}>
          <line className="chart-grid" x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} />
          <text className="chart-label" x={pad.left - 6} y={y(v)} textAnchor="end" dominantBaseline="central">
            {v}
          </text>
        </g>
      ))}
      <path d={`${path} L${x(points.length - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z`} fill={color} opacity={0.15} />
      <path d={path} fill="none" stroke={color} strokeWidth={2} vectorEffect="non-scaling-stroke" />
      <text className="chart-label" x={pad.left} y={height - 4}>
        {formatDay(first.day)}
      </text>
      <text className="chart-label" x={width - pad.right} y={height - 4} textAnchor="end">
        {formatDay(last.day)}
      </text>
    </svg>
  );
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Spoken and hovered text, e.g. "Monday: 6 days". */
  description: string;
}

export function BarChart({ bars, color, title }: { bars: Bar[]; color: string; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 600;
  const height = 140;
  const pad = { top: 16, bottom: 20 };
  const slot = width / Math.max(1, bars.length);
  const barW = Math.min(40, slot * 0.7);
  const innerH = height - pad.top - pad.bottom;
  const label = `${title}: ${bars.map((b) => b.description).join(', ')}`;
  return (
    <svg className="chart bar-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {bars.map((bar, i) => {
        const h = (bar.value / max) * innerH;
        const cx = slot * i + slot / 2;
        return (
          <g key={bar.key}>
            <title>{bar.description}</title>
            <rect x={cx - barW / 2} y={pad.top + innerH - h} width={barW} height={Math.max(h, 1)} rx={3} fill={color} />
            <text className="chart-label" x={cx} y={pad.top + innerH - h - 4} textAnchor="middle">
              {bar.value}
            </text>
            <text className="chart-label" x={cx} y={height - 4} textAnchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
