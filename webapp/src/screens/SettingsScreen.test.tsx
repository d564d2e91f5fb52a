import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { TODAY, profile, signedIn } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

describe('settings', () => {
  it('saves the time zone, day start and week start', async () => {
    const { requests } = mockFetch({
      ...signedIn,
      'PATCH /api/me': (request) => json({ ...profile, ...(request.body as object) }),
    });
    renderApp('/settings');

    await userEvent.selectOptions(await screen.findByLabelText('A new day starts at'), '3');
    await userEvent.selectOptions(screen.getByLabelText('Weeks start on'), 'SUNDAY');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('Settings saved.');
    expect(requests.find((r) => r.method === 'PATCH')!.body).toEqual({ timeZone: 'Europe/Berlin', dayStartHour: 3, weekStart: 'SUNDAY' });
  });

  it('shows each of the server’s messages next to its setting', async () => {
    mockFetch({
      ...signedIn,
      'PATCH /api/me': problem(400, {
        title: 'Validation failed',
        status: 400,
        errors: [
          { field: 'dayStartHour', message: 'must be between 0 and 5' },
          { field: 'weekStart', message: 'must be a day of the week' },
        ],
      }),
    });
    renderApp('/settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(screen.getByLabelText('A new day starts at')).toHaveAccessibleDescription(/must be between 0 and 5/));
    expect(screen.getByLabelText('Weeks start on')).toHaveAccessibleDescription('The week start must be a day of the week.');
  });

  it('refuses a time zone that does not exist before asking the server', async () => {
    const { requests } = mockFetch({ ...signedIn });
    renderApp('/settings');
    const zone = await screen.findByLabelText('Time zone');
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Mars/Olympus');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(zone).toHaveAccessibleDescription(/Europe\/Berlin/);
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('says so next to the password when deleting the account with a wrong one', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    mockFetch({ ...signedIn, 'DELETE /api/me': problem(403, { title: 'Forbidden', status: 403, detail: 'password does not match' }) });
    renderApp('/settings');
    await userEvent.type(await screen.findByLabelText('Password'), 'wrong password');
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('That password is not right.'));
    expect(window.location.pathname).toBe('/settings');
  });

  it('logs out and shows the log-in page', async () => {
    const { requests } = mockFetch({ ...signedIn, 'POST /api/auth/logout': { status: 204 }, 'GET /api/habits': json({ today: TODAY, habits: [] }) });
    renderApp('/settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')!.headers['Content-Type']).toBe('application/json');
  });
});
