import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { TODAY, boardHabit, signedIn } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { validatePause } from './PausesScreen';

describe('pauses', () => {
  it('need a first and a last day in order', () => {
    expect(validatePause('2026-12-01', '2026-12-07')).toEqual({});
    expect(validatePause('2026-12-01', '2026-12-01')).toEqual({});
    expect(validatePause('2026-12-07', '2026-12-01').to).toMatch(/on or after/);
    expect(validatePause('', '2026-12-01').from).toBeDefined();
  });

  it('pause all habits by default and one habit when chosen', async () => {
    const created: unknown[] = [];
    const { requests } = mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [boardHabit({ id: 'h1', name: 'Run' })] }),
      'GET /api/pauses': () => json({ pauses: created }),
      'POST /api/pauses': (request) => {
        created.push({ id: `p${created.length}`, ...(request.body as object) });
        return json(created.at(-1), 201);
      },
    });
    renderApp('/pauses');

    await waitFor(() => expect(screen.getByLabelText('From')).toHaveValue(TODAY));
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-28');
    await userEvent.click(screen.getByRole('button', { name: 'Add pause' }));
    await userEvent.selectOptions(screen.getByLabelText('Habit'), 'h1');
    await userEvent.click(screen.getByRole('button', { name: 'Add pause' }));

    await waitFor(() => expect(screen.getAllByTestId('pause-row')).toHaveLength(2));
    const posts = requests.filter((r) => r.method === 'POST').map((r) => r.body);
    expect(posts).toEqual([
      { habitId: null, from: TODAY, to: '2026-11-28' },
      { habitId: 'h1', from: TODAY, to: '2026-11-28' },
    ]);
    const rows = screen.getAllByTestId('pause-row').map((row) => row.querySelector('strong')?.textContent);
    expect(rows).toEqual(['All habits', 'Run']);
  });

  it('shows the server’s messages for both days at once', async () => {
    mockFetch({
      ...signedIn,
      'GET /api/habits': json({ today: TODAY, habits: [] }),
      'GET /api/pauses': json({ pauses: [] }),
      'POST /api/pauses': problem(400, {
        title: 'Validation failed',
        status: 400,
        errors: [
          { field: 'from', message: 'must not be before 2000-01-01' },
          { field: 'to', message: 'must be at most 5 years after from' },
        ],
      }),
    });
    renderApp('/pauses');
    await waitFor(() => expect(screen.getByLabelText('From')).toHaveValue(TODAY));
    await userEvent.click(screen.getByRole('button', { name: 'Add pause' }));

    await waitFor(() => expect(screen.getByLabelText('From')).toHaveAccessibleDescription('The first day must not be before 2000-01-01.'));
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('The last day must be at most 5 years after from.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('say they could not be loaded instead of "No pauses." while the server is down, and load once it is back', async () => {
    let up = false;
    mockFetch({
      ...signedIn,
      'GET /api/pauses': () => (up ? json({ pauses: [] }) : 'network-error'),
      'GET /api/habits': json({ today: TODAY, habits: [] }),
    });
    renderApp('/pauses');
    expect(await screen.findByText(/^Could not load your pauses\./)).toBeInTheDocument();
    expect(screen.queryByText('No pauses.')).not.toBeInTheDocument();
    up = true;
    expect(await screen.findByText('No pauses.', {}, { timeout: 4000 })).toBeInTheDocument();
  });
});
