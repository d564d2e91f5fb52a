import { fireEvent, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CheckIn, DayState } from '../api/types';
import { Heatmap } from './Heatmap';

function renderHeatmap(onSelect = vi.fn()) {
  const states = new Map<string, DayState>([
    ['2026-11-20', 'SATISFIED'],
    ['2026-11-21', 'MISSED'],
    ['2026-11-22', 'PENDING'],
  ]);
  const checkins = new Map<string, CheckIn>([['2026-11-20', { day: '2026-11-20', status: 'DONE', note: 'on the train' }]]);
  render(<Heatmap today="2026-11-22" weekStart="MONDAY" color="#00897b" states={states} checkins={checkins} onSelect={onSelect} />);
  return onSelect;
}

const cell = (day: string) => document.querySelector<HTMLButtonElement>(`[data-day="${day}"]`)!;

describe('the year heatmap', () => {
  it('names each day with its date, state and note', () => {
    renderHeatmap();
    expect(cell('2026-11-20')).toHaveAccessibleName(/November 20, 2026|20 November 2026/);
    expect(cell('2026-11-20').getAttribute('aria-label')).toContain('done, note: on the train');
    expect(cell('2026-11-21').getAttribute('aria-label')).toContain('missed');
    expect(cell('2026-11-22')).toHaveAttribute('data-today', 'true');
  });

  it('draws no day after today', () => {
    renderHeatmap();
    expect(document.querySelector('[data-day="2026-11-23"]')).toBeNull();
    expect(document.querySelectorAll('.heatmap-grid button').length).toBe(52 * 7 + 7);
  });

  it('opens the day that is tapped', async () => {
    const onSelect = renderHeatmap();
    await userEvent.click(cell('2026-11-21'));
    expect(onSelect).toHaveBeenCalledWith('2026-11-21');
  });

  it('is one tab stop, starting on today, with arrow keys between days', async () => {
    const onSelect = renderHeatmap();
    const tabbable = Array.from(document.querySelectorAll('.heatmap-grid button')).filter((b) => b.getAttribute('tabindex') === '0');
    expect(tabbable).toEqual([cell('2026-11-22')]);

    cell('2026-11-22').focus();
    fireEvent.keyDown(cell('2026-11-22'), { key: 'ArrowUp' });
    expect(cell('2026-11-21')).toHaveFocus();
    fireEvent.keyDown(cell('2026-11-21'), { key: 'ArrowLeft' });
    expect(cell('2026-11-14')).toHaveFocus();
    fireEvent.keyDown(cell('2026-11-14'), { key: 'ArrowRight' });
    fireEvent.keyDown(cell('2026-11-21'), { key: 'ArrowRight' });
    expect(cell('2026-11-22')).toHaveFocus(); // clamped: the future cannot be focused
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('2026-11-21');
  });
});
