import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from './test/fetchMock';
import { TODAY, boardHabit, profile } from './test/fixtures';
import { renderApp } from './test/renderApp';

describe('the session', () => {
  it('sends a visitor who is not logged in to log in, remembering the page', async () => {
    mockFetch({ 'GET /api/auth/check': json({ authenticated: false }) });
    renderApp('/settings');
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(window.location.pathname + window.location.search).toBe('/login?next=%2Fsettings');
  });

  it('asks to log in again over the page when the session expires mid-visit, keeping what was typed', async () => {
    let expired = false;
    const habit = boardHabit({ id: 'h1', name: 'Drink water' });
    const { requests } = mockFetch({
      'GET /api/auth/check': json({ authenticated: true, userId: 'u1', username: 'ada' }),
      'GET /api/me': json(profile),
      'GET /api/habits': json({ today: TODAY, habits: [habit] }),
      'GET /api/habits/h1': json(habit),
      'GET /api/habits/h1/stats': json({
        currentStreak: 0,
        bestStreak: 0,
        score: 0,
        totalSatisfied: 0,
        completionRate: { last7: 0, last30: 0, last365: 0, allTime: 0 },
        byWeekday: {},
        byMonth: {},
        scoreSeries: [],
        milestones: [],
      }),
      'GET /api/habits/h1/checkins': json({ checkins: [], days: [] }),
      'PUT /api/habits/h1/checkins/2026-11-20': () => {
        if (!expired) {
          expired = true;
          return problem(401, { title: 'Unauthorized', status: 401 });
        }
        return json({ day: '2026-11-20', status: 'DONE', note: 'on the train' });
      },
      'POST /api/auth/login': json({ userId: 'u1', username: 'ada' }),
    });
    renderApp('/habits/h1');
    await screen.findByTestId('current-streak');
    await userEvent.click(document.querySelector<HTMLButtonElement>('[data-day="2026-11-20"]')!);
    const editor = await screen.findByRole('dialog', { name: /Drink water on/ });
    await userEvent.click(within(editor).getByRole('radio', { name: 'Done' }));
    await userEvent.type(within(editor).getByLabelText('Note (optional)'), 'on the train');
    await userEvent.click(within(editor).getByRole('button', { name: 'Save' }));

    const expiredDialog = await screen.findByRole('dialog', { name: 'Your session has expired' });
    expect(window.location.pathname).toBe('/habits/h1');
    await userEvent.type(within(expiredDialog).getByLabelText('Password'), 'correct horse');
    await userEvent.click(within(expiredDialog).getByRole('button', { name: 'Log in again' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your session has expired' })).not.toBeInTheDocument());
    expect(requests.find((r) => r.path === '/api/auth/login')!.body).toEqual({ username: 'ada', password: 'correct horse' });
    // The day editor is still open with the note typed before the session ran out; saving now works.
    expect(within(editor).getByLabelText('Note (optional)')).toHaveValue('on the train');
    await userEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
      { status: 'DONE', note: 'on the train' },
      { status: 'DONE', note: 'on the train' },
    ]);
  });

  it('keeps trying when the server cannot be reached at first, and carries on once it answers', async () => {
    let up = false;
    mockFetch({
      'GET /api/auth/check': () => (up ? json({ authenticated: false }) : 'network-error'),
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Cannot reach Habit Tracker' })).toBeInTheDocument();
    up = true;
    expect(await screen.findByRole('heading', { name: 'Log in' }, { timeout: 4000 })).toBeInTheDocument();
  });

  it('says so when the username or password is wrong, and stays on log in', async () => {
    mockFetch({
      'GET /api/auth/check': json({ authenticated: false }),
      'POST /api/auth/login': problem(401, { title: 'Unauthorized', status: 401, detail: 'Wrong username or password' }),
    });
    renderApp('/login');
    await userEvent.type(await screen.findByLabelText('Username'), 'ada');
    await userEvent.type(screen.getByLabelText('Password'), 'nope-nope');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password.');
    expect(window.location.pathname).toBe('/login');
  });

  it('registers with the browser’s time zone by default', async () => {
    let registered = false;
    const { requests } = mockFetch({
      'GET /api/auth/check': () => json(registered ? { authenticated: true, userId: 'u1', username: 'ada' } : { authenticated: false }),
      'POST /api/auth/register': () => {
        registered = true;
        return json({ userId: 'u1' }, 201);
      },
      'GET /api/me': json(profile),
      'GET /api/habits': json({ today: TODAY, habits: [] }),
    });
    renderApp('/register');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(await screen.findByLabelText('Time zone')).toHaveValue(zone);

    await userEvent.type(screen.getByLabelText('Username'), 'ada');
    await userEvent.type(screen.getByLabelText('Password'), 'long enough');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ username: 'ada', password: 'long enough', timeZone: zone });
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
  });

  it('shows the username is taken next to the username', async () => {
    mockFetch({
      'GET /api/auth/check': json({ authenticated: false }),
      'POST /api/auth/register': problem(409, { title: 'Conflict', status: 409, detail: 'username taken' }),
    });
    renderApp('/register');
    await userEvent.type(await screen.findByLabelText('Username'), 'ada');
    await userEvent.type(screen.getByLabelText('Password'), 'long enough');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.getByLabelText('Username')).toHaveAccessibleDescription(/3 to 32.*That username is taken/));
  });
});
