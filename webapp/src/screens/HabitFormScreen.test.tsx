import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { TODAY, signedIn } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const emptyBoard = { 'GET /api/habits': json({ today: TODAY, habits: [] }) };

describe('creating a habit', () => {
  it('shows what is missing next to the input, without asking the server', async () => {
    const { requests } = mockFetch({ ...signedIn, ...emptyBoard });
    renderApp('/habits/new');

    await userEvent.click(await screen.findByRole('button', { name: 'Create habit' }));

    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Give the habit a name');
    await waitFor(() => expect(name).toHaveFocus());
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('puts the server’s field message next to the field it names', async () => {
    mockFetch({
      ...signedIn,
      ...emptyBoard,
      'POST /api/habits': problem(400, {
        type: 'about:blank',
        title: 'Validation failed',
        status: 400,
        detail: 'The habit is not valid',
        errors: [{ field: 'schedule.times', message: 'must be between 1 and 7' }],
      }),
    });
    renderApp('/habits/new');

    await userEvent.type(await screen.findByLabelText('Name'), 'Run');
    await userEvent.selectOptions(screen.getByLabelText('Schedule'), 'timesPerWeek');
    await userEvent.clear(screen.getByLabelText('Times'));
    await userEvent.type(screen.getByLabelText('Times'), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Create habit' }));

    const times = screen.getByLabelText('Times');
    await waitFor(() => expect(times).toHaveAccessibleDescription('The number of times must be between 1 and 7.'));
    expect(times).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows every message of a refusal with several field errors, each next to its input', async () => {
    mockFetch({
      ...signedIn,
      ...emptyBoard,
      'POST /api/habits': problem(400, {
        title: 'Validation failed',
        status: 400,
        errors: [
          { field: 'name', message: 'must not be blank' },
          { field: 'goal.target', message: 'must be 0 or more' },
          { field: 'goal.unit', message: 'at most 20 characters' },
          { field: 'commitmentDays', message: 'must be between 3 and 365' },
          { field: 'owner', message: 'is unknown' },
        ],
      }),
    });
    renderApp('/habits/new');

    await userEvent.type(await screen.findByLabelText('Name'), 'Read');
    await userEvent.click(screen.getByRole('radio', { name: 'Measured amount' }));
    await userEvent.type(screen.getByLabelText('Target'), '20');
    await userEvent.click(screen.getByRole('button', { name: 'Create habit' }));

    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('The name must not be blank.'));
    expect(screen.getByLabelText('Target')).toHaveAccessibleDescription('The target must be 0 or more.');
    expect(screen.getByLabelText('Unit')).toHaveAccessibleDescription('The unit at most 20 characters.');
    expect(screen.getByLabelText('Commit for (days, optional)')).toHaveAccessibleDescription(/must be between 3 and 365/);
    expect(screen.getByRole('alert')).toHaveTextContent('The owner is unknown.');
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveFocus());
  });

  it('shows a server error on a field the form does not have at the top', async () => {
    mockFetch({
      ...signedIn,
      ...emptyBoard,
      'POST /api/habits': problem(422, {
        title: 'Limit reached',
        status: 422,
        errors: [{ field: 'habits', message: 'at most 500 habits' }],
      }),
    });
    renderApp('/habits/new');

    await userEvent.type(await screen.findByLabelText('Name'), 'Run');
    await userEvent.click(screen.getByRole('button', { name: 'Create habit' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The habits at most 500 habits.');
  });

  it('sends a measured habit in the API’s shape and returns to the board', async () => {
    const { requests } = mockFetch({
      ...signedIn,
      ...emptyBoard,
      'POST /api/habits': json({ id: 'h9' }, 201),
    });
    renderApp('/');
    await userEvent.click(await screen.findByRole('link', { name: 'New habit' }));

    await userEvent.type(await screen.findByLabelText('Name'), 'Read');
    await userEvent.click(screen.getByRole('radio', { name: 'Measured amount' }));
    await userEvent.type(screen.getByLabelText('Target'), '20');
    await userEvent.type(screen.getByLabelText('Unit'), 'pages');
    await userEvent.selectOptions(screen.getByLabelText('Schedule'), 'weekdays');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sat' }));
    await userEvent.type(screen.getByLabelText('Commit for (days, optional)'), '66');
    await userEvent.click(screen.getByRole('button', { name: 'Create habit' }));

    await waitFor(() => expect(window.location.pathname).toBe('/'));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.body).toEqual({
      name: 'Read',
      description: null,
      color: '#00897b',
      emoji: null,
      schedule: { type: 'weekdays', days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] },
      goal: { type: 'measured', target: 20, unit: 'pages', direction: 'AT_LEAST' },
      startDate: TODAY,
      commitmentDays: 66,
    });
  });
});
