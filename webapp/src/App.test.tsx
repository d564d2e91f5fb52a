import { screen, waitFor } from '@testing-library/react';
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

  it('goes to log in when a call answers 401, and back to the same page afterwards', async () => {
    let loggedIn = true;
    let expired = true;
    const habit = boardHabit({ id: 'h1', name: 'Drink water' });
    const { requests } = mockFetch({
      'GET /api/auth/check': () => json(loggedIn ? { authenticated: true, userId: 'u1', username: 'ada' } : { authenticated: false }),
      'GET /api/me': json(profile),
      'GET /api/habits': () => {
        if (expired) {
          loggedIn = false;
          return problem(401, { title: 'Unauthorized', status: 401 });
        }
        return json({ today: TODAY, habits: [habit] });
      },
      'POST /api/auth/login': () => {
        loggedIn = true;
        expired = false;
        return json({ userId: 'u1', username: 'ada' });
      },
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
    });
    renderApp('/habits/h1');

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(window.location.search).toBe('?next=%2Fhabits%2Fh1');

    await userEvent.type(screen.getByLabelText('Username'), 'ada');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'Drink water' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/habits/h1');
    expect(requests.find((r) => r.path === '/api/auth/login')!.body).toEqual({ username: 'ada', password: 'correct horse' });
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
