import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { History, Stats } from '../api/types';
import { json, mockFetch } from '../test/fetchMock';
import { TODAY, boardHabit, signedIn } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const habit = boardHabit({ id: 'h1', name: 'Drink water', todayStatus: 'DONE', currentStreak: 1 });

function stats(currentStreak: number): Stats {
  return {
    currentStreak,
    bestStreak: currentStreak,
    score: 10,
    totalSatisfied: currentStreak,
    completionRate: { last7: 0.3, last30: 0.1, last365: 0.1, allTime: 0.5 },
    byWeekday: { SUNDAY: 1 },
    byMonth: { '2026-11': currentStreak },
    scoreSeries: [
      { day: '2026-11-21', score: 5 },
      { day: TODAY, score: 10 },
    ],
    milestones: [],
    commitment: null,
  };
}

describe('the habit page', () => {
  it('edits a past day from the heatmap and shows the longer streak', async () => {
    let history: History = { checkins: [{ day: TODAY, status: 'DONE' }], days: [{ day: TODAY, state: 'SATISFIED' }] };
    let streak = 1;
    const { requests } = mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [habit] }),
      'GET /api/habits/h1': json(habit),
      'GET /api/habits/h1/stats': () => json(stats(streak)),
      'GET /api/habits/h1/checkins': () => json(history),
      'PUT /api/habits/h1/checkins/2026-11-21': () => {
        streak = 2;
        history = {
          checkins: [...history.checkins, { day: '2026-11-21', status: 'DONE', note: 'late' }],
          days: [{ day: '2026-11-21', state: 'SATISFIED' }, ...history.days],
        };
        return json({});
      },
    });
    renderApp('/habits/h1');

    expect(await screen.findByTestId('current-streak')).toHaveTextContent('1');
    const historyRequest = requests.find((r) => r.path.startsWith('/api/habits/h1/checkins'))!;
    expect(historyRequest.path).toBe(`/api/habits/h1/checkins?from=2025-11-17&to=${TODAY}`);

    await userEvent.click(document.querySelector<HTMLButtonElement>('[data-day="2026-11-21"]')!);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Done' }));
    await userEvent.type(within(dialog).getByLabelText('Note (optional)'), 'late');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByTestId('current-streak')).toHaveTextContent('2'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')!.body).toEqual({ status: 'DONE', note: 'late' });
    expect(document.querySelector('[data-day="2026-11-21"]')).toHaveAttribute('data-state', 'SATISFIED');
  });

  it('closes the day editor with Escape and gives focus back to the day', async () => {
    mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [habit] }),
      'GET /api/habits/h1': json(habit),
      'GET /api/habits/h1/stats': json(stats(1)),
      'GET /api/habits/h1/checkins': json({ checkins: [], days: [] }),
    });
    renderApp('/habits/h1');
    await screen.findByTestId('current-streak');
    const day = document.querySelector<HTMLButtonElement>('[data-day="2026-11-20"]')!;

    await userEvent.click(day);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(day).toHaveFocus();
  });

  it('draws the best streaks as bars, longest first, with their first and last days', async () => {
    mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [habit] }),
      'GET /api/habits/h1': json(habit),
      'GET /api/habits/h1/stats': json({
        ...stats(2),
        bestStreaks: [
          { start: '2026-11-03', end: '2026-11-05', length: 3 },
          { start: '2026-11-08', end: '2026-11-15', length: 8 },
        ],
      }),
      'GET /api/habits/h1/checkins': json({ checkins: [], days: [] }),
    });
    renderApp('/habits/h1');
    const bars = await screen.findByTestId('streak-bars');
    expect(within(bars).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual([
      '8 days, Nov 8, 2026 to Nov 15, 2026',
      '3 days, Nov 3, 2026 to Nov 5, 2026',
    ]);
  });

  it('counts check-ins per week or per month, and says since when the habit runs', async () => {
    const measured = boardHabit({ id: 'h1', name: 'Read', goal: { type: 'measured', target: 20, unit: 'pages', direction: 'AT_LEAST' } });
    mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [measured] }),
      'GET /api/habits/h1': json(measured),
      'GET /api/habits/h1/stats': json(stats(1)),
      'GET /api/habits/h1/checkins': json({
        checkins: [
          { day: '2026-11-16', status: 'DONE', amount: 25 },
          { day: '2026-11-20', status: 'DONE', amount: 10 },
        ],
        days: [{ day: '2026-11-16', state: 'SATISFIED' }],
      }),
    });
    renderApp('/habits/h1');
    expect(await screen.findByRole('img', { name: /^Amount per week: .*week of Nov 16, 2026: 35 pages$/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Per month' }));
    expect(screen.getByRole('img', { name: /^Amount per month: .*Nov 2026: 35 pages$/ })).toBeInTheDocument();
    // The amounts are in the calendar too, and the page says how long the habit has run.
    expect(document.querySelector('[data-day="2026-11-16"]')).toHaveTextContent('25');
    expect(screen.getAllByText(/since Nov 1, 2026 · 22 days/).length).toBeGreaterThan(0);
  });

  it('says that saving a day before the start moves the start, and moves it', async () => {
    const late = boardHabit({ id: 'h1', name: 'Drink water', startDate: '2026-11-20' });
    const { requests } = mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [late] }),
      'GET /api/habits/h1': json(late),
      'PATCH /api/habits/h1': json({ ...late, startDate: '2026-11-18' }),
      'GET /api/habits/h1/stats': json(stats(0)),
      'GET /api/habits/h1/checkins': json({ checkins: [], days: [] }),
      'PUT /api/habits/h1/checkins/2026-11-18': json({ day: '2026-11-18', status: 'DONE' }),
    });
    renderApp('/habits/h1');
    await screen.findByTestId('current-streak');
    await userEvent.click(document.querySelector<HTMLButtonElement>('[data-day="2026-11-18"]')!);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Done' }));
    expect(within(dialog).getByTestId('moves-start')).toHaveTextContent('Saving moves the start to Nov 18, 2026, so the day counts.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      'PATCH /api/habits/h1',
      'PUT /api/habits/h1/checkins/2026-11-18',
    ]));
  });
});
