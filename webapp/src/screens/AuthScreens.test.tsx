import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { renderApp } from '../test/renderApp';

const visitor = { 'GET /api/auth/check': json({ authenticated: false }) };

describe('the log-in and register forms', () => {
  it('show every field error of one refusal next to its own field', async () => {
    mockFetch({
      ...visitor,
      'POST /api/auth/register': problem(400, {
        title: 'Validation failed',
        status: 400,
        errors: [
          { field: 'username', message: 'must match [A-Za-z0-9._-]{3,32}' },
          { field: 'password', message: 'is too common' },
          { field: 'timeZone', message: 'is not a known time zone' },
        ],
      }),
    });
    renderApp('/register');
    await userEvent.type(await screen.findByLabelText('Username'), 'ada');
    await userEvent.type(screen.getByLabelText('Password'), 'password1');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(screen.getByLabelText('Username')).toHaveAccessibleDescription(/must match/));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/is too common/);
    expect(screen.getByLabelText('Time zone')).toHaveAccessibleDescription(/is not a known time zone/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('check both fields before asking the server, saying what each lacks', async () => {
    const { requests } = mockFetch({ ...visitor });
    renderApp('/login');
    await userEvent.click(await screen.findByRole('button', { name: 'Log in' }));
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Enter your username');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password');
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('say so at the top when the server cannot be reached', async () => {
    mockFetch({ ...visitor, 'POST /api/auth/login': 'network-error' });
    renderApp('/login');
    await userEvent.type(await screen.findByLabelText('Username'), 'ada');
    await userEvent.type(screen.getByLabelText('Password'), 'long enough');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach the server');
  });
});
