import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Board } from '../api/types';
import { json, mockFetch, problem, type RecordedRequest } from '../test/fetchMock';
import { TODAY, boardHabit, signedIn } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { offlineTime } from '../components/OfflineBanner';

function boardServer(initial: Board) {
  let board = initial;
  const update = (id: string, changes: Partial<Board['habits'][number]>) => {
    board = { ...board, habits: board.habits.map((h) => (h.id === id ? { ...h, ...changes } : h)) };
  };
  return {
    get board() {
      return board;
    },
    update,
  };
}

const water = boardHabit({ id: 'h1', name: 'Drink water' });
const read = boardHabit({
  id: 'h2',
  name: 'Read',
  goal: { type: 'measured', target: 20, unit: 'pages', direction: 'AT_LEAST' },
});

describe('the today board', () => {
  it('checks a habit in with one tap and shows the new streak', async () => {
    const server = boardServer({ today: TODAY, habits: [water, read] });
    const { requests } = mockFetch({
      ...signedIn,
      'GET /api/habits': () => json(server.board),
      [`PUT /api/habits/h1/checkins/${TODAY}`]: (request: RecordedRequest) => {
        server.update('h1', { todayStatus: 'DONE', currentStreak: 1, score: 5.2 });
        return json({ day: TODAY, ...(request.body as object) });
      },
    });
    renderApp('/');

    await screen.findAllByTestId('habit-row');
    const row = rowOf('Drink water');
    expect(within(row).getByTestId('streak')).toHaveTextContent('0');
    expect(screen.getByRole('img', { name: '0 of 2 done today' })).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: 'Drink water done today' }));

    await waitFor(() => expect(within(rowOf('Drink water')).getByTestId('streak')).toHaveTextContent('1'));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/api/habits/h1/checkins/${TODAY}`);
    expect(put.body).toEqual({ status: 'DONE' });
    expect(put.headers['Content-Type']).toBe('application/json');
    expect(within(rowOf('Drink water')).getByRole('button', { name: 'Drink water done today' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('img', { name: '1 of 2 done today' })).toBeInTheDocument();
  });

  it('records the typed amount of a measured habit', async () => {
    const server = boardServer({ today: TODAY, habits: [water, read] });
    const { requests } = mockFetch({
      ...signedIn,
      'GET /api/habits': () => json(server.board),
      [`PUT /api/habits/h2/checkins/${TODAY}`]: () => {
        server.update('h2', { todayStatus: 'DONE', todayAmount: 25, currentStreak: 1 });
        return json({});
      },
    });
    renderApp('/');

    const amount = await screen.findByLabelText('Amount for Read in pages');
    await userEvent.type(amount, '25');
    await userEvent.click(screen.getByRole('button', { name: 'Read done today' }));

    await waitFor(() => expect(within(rowOf('Read')).getByTestId('streak')).toHaveTextContent('1'));
    expect(requests.find((r) => r.method === 'PUT')!.body).toEqual({ status: 'DONE', amount: 25 });
  });

  it('skips a habit for today, and a second tap on a done habit clears it', async () => {
    const server = boardServer({ today: TODAY, habits: [{ ...water, todayStatus: 'DONE', currentStreak: 3 }, read] });
    const { requests } = mockFetch({
      ...signedIn,
      'GET /api/habits': () => json(server.board),
      [`DELETE /api/habits/h1/checkins/${TODAY}`]: () => {
        server.update('h1', { todayStatus: 'PENDING' });
        return { status: 204 };
      },
      [`PUT /api/habits/h2/checkins/${TODAY}`]: () => {
        server.update('h2', { todayStatus: 'SKIPPED' });
        return json({});
      },
    });
    renderApp('/');

    await userEvent.click(await screen.findByRole('button', { name: 'Skip Read today' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Skip Read today' })).toHaveAttribute('aria-pressed', 'true'));
    expect(requests.find((r) => r.method === 'PUT')!.body).toEqual({ status: 'SKIPPED' });

    await userEvent.click(screen.getByRole('button', { name: 'Drink water done today' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE')).toBe(true));
  });

  it('keeps a check-in that cannot reach the server, and says it waits', async () => {
    mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [water] }),
      [`PUT /api/habits/h1/checkins/${TODAY}`]: 'network-error',
    });
    renderApp('/');

    await userEvent.click(await screen.findByRole('button', { name: 'Drink water done today' }));

    expect(await screen.findByText(/to be sent when the server can be reached/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Drink water done today' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByTestId('outbox-pending')).toHaveTextContent('1 check-in waiting to be sent');
  });

  it('says the board is the copy kept offline, and from when', async () => {
    const asOf = '2026-11-22T07:05:00Z';
    mockFetch({
      ...signedIn,
      'GET /api/habits': () => ({ status: 200, body: { today: TODAY, habits: [water] }, headers: { 'X-Habits-Cached-At': asOf } }),
    });
    renderApp('/');

    const banner = await screen.findByTestId('offline-banner');
    expect(banner).toHaveTextContent(`Offline — showing the board as of ${offlineTime(asOf)}.`);
    expect(offlineTime(asOf, 'en-GB')).toMatch(/^\d\d:\d\d$/);
  });

  it('shows no offline banner for a board fresh from the server', async () => {
    mockFetch({ ...signedIn, 'GET /api/habits': json({ today: TODAY, habits: [water] }) });
    renderApp('/');
    await screen.findByRole('button', { name: 'Drink water done today' });
    expect(screen.queryByTestId('offline-banner')).not.toBeInTheDocument();
  });

  it('moves a habit with the keyboard and saves the new order, archived habits included', async () => {
    const { requests } = mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [water, read] }),
      'GET /api/habits?archived=true': json({ habits: [{ ...water, id: 'old', archived: true }] }),
      'PUT /api/habits/order': json({}),
    });
    renderApp('/');

    await userEvent.click(await screen.findByRole('button', { name: 'Reorder' }));
    screen.getByRole('button', { name: 'Move Read up' }).focus();
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ order: ['h2', 'h1', 'old'] }));
    const names = screen.getAllByTestId('habit-row').map((row) => row.getAttribute('data-habit-name'));
    expect(names).toEqual(['Read', 'Drink water']);
    expect(screen.getByRole('button', { name: 'Move Read down' })).toHaveFocus();
  });

  it('puts the old order back and says why when the server refuses the new one', async () => {
    mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [water, read] }),
      'GET /api/habits?archived=true': json({ habits: [] }),
      'PUT /api/habits/order': problem(400, {
        title: 'Validation failed',
        status: 400,
        detail: 'order must list every one of your habits exactly once',
      }),
    });
    renderApp('/');

    await userEvent.click(await screen.findByRole('button', { name: 'Reorder' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move Drink water down' }));

    expect(await screen.findByText('order must list every one of your habits exactly once')).toBeInTheDocument();
    const names = screen.getAllByTestId('habit-row').map((row) => row.getAttribute('data-habit-name'));
    expect(names).toEqual(['Drink water', 'Read']);
  });

  it('sorts by name, strength or what is still to do, and remembers the choice for this user', async () => {
    const habits = [
      { ...water, score: 10, todayStatus: 'DONE' as const },
      { ...read, score: 60 },
      boardHabit({ id: 'h3', name: 'Alpha', score: 30, todayStatus: 'NOT_DUE' }),
    ];
    mockFetch({ ...signedIn, 'GET /api/habits': json({ today: TODAY, habits }), 'GET /api/habits/*/checkins': json({ checkins: [], days: [] }) });
    const names = () => screen.getAllByTestId('habit-row').map((row) => row.getAttribute('data-habit-name'));
    const view = renderApp('/');
    await screen.findAllByTestId('habit-row');
    expect(names()).toEqual(['Drink water', 'Read', 'Alpha']);

    await userEvent.selectOptions(screen.getByLabelText('Sort'), 'Name');
    expect(names()).toEqual(['Alpha', 'Drink water', 'Read']);
    await userEvent.selectOptions(screen.getByLabelText('Sort'), 'Strength');
    expect(names()).toEqual(['Read', 'Alpha', 'Drink water']);
    await userEvent.selectOptions(screen.getByLabelText('Sort'), 'Still to do first');
    expect(names()).toEqual(['Read', 'Drink water', 'Alpha']);
    expect(screen.queryByRole('button', { name: 'Reorder' })).not.toBeInTheDocument(); // only in your own order

    view.unmount();
    renderApp('/');
    await screen.findAllByTestId('habit-row');
    await waitFor(() => expect(names()).toEqual(['Read', 'Drink water', 'Alpha']));
    window.localStorage.clear();
  });

  it('shows going over an "at most" limit today as missed, not as still to do', async () => {
    const coffee = boardHabit({
      id: 'h4',
      name: 'Coffee',
      todayStatus: 'PENDING',
      todayAmount: 4,
      goal: { type: 'measured', target: 2, unit: 'cups', direction: 'AT_MOST' },
    });
    mockFetch({ ...signedIn, 'GET /api/habits': json({ today: TODAY, habits: [coffee] }), 'GET /api/habits/*/checkins': json({ checkins: [], days: [] }) });
    renderApp('/');
    expect(await screen.findByTestId('over-limit')).toHaveTextContent('Over the limit today: missed');
  });

  it('never shows a failed load as an empty board, and recovers by itself when the server is back', async () => {
    let up = false;
    mockFetch({
      ...signedIn,
      'GET /api/habits': () => (up ? json({ today: TODAY, habits: [water] }) : 'network-error'),
      'GET /api/habits/*/checkins': json({ checkins: [], days: [] }),
    });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your habits. Could not reach the server');
    expect(screen.getByRole('button', { name: 'Try again now' })).toBeInTheDocument();
    expect(screen.queryByText(/No habits yet/)).not.toBeInTheDocument();

    up = true;
    expect(await screen.findByTestId('habit-row', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('invites a new user to create a first habit', async () => {
    mockFetch({ ...signedIn, 'GET /api/habits': json({ today: TODAY, habits: [] }) });
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Create your first habit' })).toHaveAttribute('href', '/habits/new');
  });
});

function rowOf(name: string): HTMLElement {
  const row = screen.getAllByTestId('habit-row').find((r) => r.getAttribute('data-habit-name') === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}
