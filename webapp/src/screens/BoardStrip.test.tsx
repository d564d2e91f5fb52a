import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../test/fetchMock';
import { TODAY, boardHabit, signedIn } from '../test/fixtures';
import { habitServer } from '../test/habitServer';
import { renderApp } from '../test/renderApp';

const water = boardHabit({ id: 'h1', name: 'Drink water', startDate: '2026-11-01' });
const read = boardHabit({
  id: 'h2',
  name: 'Read',
  startDate: '2026-11-01',
  goal: { type: 'measured', target: 20, unit: 'pages', direction: 'AT_LEAST' },
});

const day = (name: string, date: string) => {
  const row = screen.getAllByTestId('habit-row').find((r) => r.getAttribute('data-habit-name') === name)!;
  return row.querySelector<HTMLButtonElement>(`.strip-day[data-day="${date}"]`)!;
};

async function openBoard(withEntry: boolean, habits = [water, read]) {
  const server = habitServer(TODAY, habits, { withEntry });
  const fetch = mockFetch({ ...signedIn, ...server.routes });
  renderApp('/');
  await waitFor(() => expect(day(habits[0]!.name, '2026-11-21')).toBeEnabled());
  return { server, ...fetch };
}

describe('the week strip on the board', () => {
  it('shows the six days before today, each named with its date and state', async () => {
    await openBoard(true);
    const strip = screen.getByRole('group', { name: 'Drink water, the 6 days before today' });
    expect(within(strip).getAllByRole('button').map((b) => b.getAttribute('data-day'))).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
    ]);
    expect(day('Drink water', '2026-11-21')).toHaveAccessibleName('Saturday, November 21: missed');
  });

  it('back-fills a day with one tap, cycling done → skipped → cleared, keeping focus on the day', async () => {
    const { server } = await openBoard(true);
    const saturday = day('Drink water', '2026-11-21');

    await userEvent.click(saturday);
    expect(saturday).toHaveAttribute('data-look', 'done'); // at once, before the server answers
    await waitFor(() => expect(server.checkins('h1')['2026-11-21']).toEqual({ day: '2026-11-21', status: 'DONE' }));
    expect(saturday).toHaveFocus();

    await userEvent.click(saturday);
    await waitFor(() => expect(server.checkins('h1')['2026-11-21']?.status).toBe('SKIPPED'));
    expect(saturday).toHaveAccessibleName('Saturday, November 21: skipped');

    await userEvent.click(saturday);
    await waitFor(() => expect(server.checkins('h1')['2026-11-21']).toBeUndefined());
    await waitFor(() => expect(saturday).toHaveAccessibleName('Saturday, November 21: missed'));
  });

  it('moves between days with the arrow keys and acts with Enter, as one tab stop', async () => {
    const { server } = await openBoard(true);
    const strip = screen.getByRole('group', { name: 'Drink water, the 6 days before today' });
    expect(within(strip).getAllByRole('button').filter((b) => b.tabIndex === 0)).toEqual([day('Drink water', '2026-11-21')]);

    day('Drink water', '2026-11-21').focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{Enter}');
    expect(day('Drink water', '2026-11-19')).toHaveFocus();
    await waitFor(() => expect(server.checkins('h1')['2026-11-19']?.status).toBe('DONE'));
  });

  it('offers an Undo that puts the day back as it was', async () => {
    const { server } = await openBoard(true);
    await userEvent.click(day('Drink water', '2026-11-20'));
    await waitFor(() => expect(server.checkins('h1')['2026-11-20']?.status).toBe('DONE'));

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(server.checkins('h1')['2026-11-20']).toBeUndefined());
    await waitFor(() => expect(day('Drink water', '2026-11-20')).toHaveAttribute('data-look', 'missed'));
    expect(screen.getByText(/^Undone\. Drink water, Fri, Nov 20: cleared\./)).toBeInTheDocument();
  });

  it('rolls a refused check-in back and says why', async () => {
    const { server } = await openBoard(true);
    server.refuse(400);

    await userEvent.click(day('Drink water', '2026-11-20'));

    expect(await screen.findByText(/^Not saved: Drink water Fri, Nov 20 is back as it was\. The day is out of range\./)).toBeInTheDocument();
    expect(day('Drink water', '2026-11-20')).toHaveAttribute('data-look', 'missed');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('keeps a check-in made while the server cannot be reached, marked as waiting, and sends it when it is back', async () => {
    const { server } = await openBoard(true);
    server.setDown(true);

    await userEvent.click(day('Drink water', '2026-11-20'));

    expect(await screen.findByText(/^Drink water, Fri, Nov 20: saved on this device/)).toBeInTheDocument();
    expect(day('Drink water', '2026-11-20')).toHaveAttribute('data-look', 'done');
    expect(await screen.findByTestId('habit-waiting')).toHaveTextContent('Waiting to be sent');
    expect(screen.getByTestId('outbox-pending')).toHaveTextContent('1 check-in waiting to be sent');

    server.setDown(false);
    act(() => void window.dispatchEvent(new Event('online')));

    await waitFor(() => expect(server.checkins('h1')['2026-11-20']).toEqual({ day: '2026-11-20', status: 'DONE' }));
    await waitFor(() => expect(screen.queryByTestId('outbox-pending')).not.toBeInTheDocument());
    expect(screen.queryByTestId('habit-waiting')).not.toBeInTheDocument();
    expect(day('Drink water', '2026-11-20')).toHaveAttribute('data-look', 'done');
  });

  it('sends later changes behind waiting ones, in order, the last change of a day winning', async () => {
    const { server, requests } = await openBoard(true);
    server.setDown(true);
    await userEvent.click(day('Drink water', '2026-11-20')); // done, waits
    await screen.findByTestId('outbox-pending');
    server.setDown(false);
    await userEvent.click(day('Drink water', '2026-11-19')); // joins the line behind it
    await userEvent.click(day('Drink water', '2026-11-20')); // skipped: replaces the waiting "done"

    await waitFor(() => expect(server.checkins('h1')['2026-11-20']?.status).toBe('SKIPPED'));
    expect(server.checkins('h1')['2026-11-19']?.status).toBe('DONE');
    const writes = requests.filter((r) => r.method === 'PUT').map((r) => [r.path.split('/').pop(), (r.body as { status: string }).status]);
    expect(writes.at(-1)).toEqual(['2026-11-20', 'SKIPPED']);
    expect(writes.filter(([d]) => d === '2026-11-19')).toEqual([['2026-11-19', 'DONE']]);
    await waitFor(() => expect(screen.queryByTestId('outbox-pending')).not.toBeInTheDocument());
  });

  it('drops a waiting check-in the server refuses for good, and says which and why', async () => {
    const { server } = await openBoard(true);
    server.setDown(true);
    await userEvent.click(day('Drink water', '2026-11-20'));
    await screen.findByTestId('outbox-pending');

    server.setDown(false);
    server.refuse(400);
    act(() => void window.dispatchEvent(new Event('online')));

    const failed = await screen.findByTestId('outbox-failed');
    expect(failed).toHaveTextContent('Not saved: Drink water, Nov 20, 2026: The day is out of range.');
    expect(screen.queryByTestId('outbox-pending')).not.toBeInTheDocument();
    await waitFor(() => expect(day('Drink water', '2026-11-20')).toHaveAttribute('data-look', 'missed'));
    await userEvent.click(within(failed).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('outbox-failed')).not.toBeInTheDocument();
  });

  it('opens the amount of a measured day and records it', async () => {
    const { server } = await openBoard(true);
    await userEvent.click(day('Read', '2026-11-19'));
    const dialog = await screen.findByRole('dialog', { name: /^Read on Thursday, November 19, 2026/ });
    await userEvent.type(within(dialog).getByLabelText('Amount (pages)'), '25');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.checkins('h2')['2026-11-19']).toEqual({ day: '2026-11-19', status: 'DONE', amount: 25 }));
    expect(day('Read', '2026-11-19')).toHaveTextContent('25');
    expect(day('Read', '2026-11-19')).toHaveFocus(); // back on the day once the dialog closes
  });

  it('moves the start date back to a day before it, and says so', async () => {
    const late = boardHabit({ id: 'h3', name: 'Stretch', startDate: '2026-11-20' });
    const { requests } = await openBoard(true, [late]);
    await waitFor(() => expect(day('Stretch', '2026-11-18')).toHaveAccessibleName('Wednesday, November 18: before the habit started'));
    await userEvent.click(day('Stretch', '2026-11-18'));

    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(requests.filter((r) => r.method === 'PATCH').map((r) => [r.path, r.body])).toEqual([['/api/habits/h3', { startDate: '2026-11-18' }]]);
    expect(screen.getByText(/It now starts on Nov 18, 2026, so the day counts\./)).toBeInTheDocument();
  });
});

describe('a check-in answer', () => {
  it('updates the card from the entry it carries, without reading the board again', async () => {
    const { requests } = await openBoard(true);
    const boardReads = () => requests.filter((r) => r.method === 'GET' && r.path === '/api/habits').length;
    const before = boardReads();
    await userEvent.click(screen.getByRole('button', { name: 'Drink water done today' }));
    await waitFor(() => expect(within(rowOf('Drink water')).getByTestId('streak')).toHaveTextContent('1'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(boardReads()).toBe(before);
  });

  it('from an older server (no entry; 204 for a clear) is followed by reading the board', async () => {
    const { requests } = await openBoard(false);
    const boardReads = () => requests.filter((r) => r.method === 'GET' && r.path === '/api/habits').length;
    const before = boardReads();
    await userEvent.click(screen.getByRole('button', { name: 'Drink water done today' }));
    await waitFor(() => expect(within(rowOf('Drink water')).getByTestId('streak')).toHaveTextContent('1'));
    expect(boardReads()).toBe(before + 1);

    await userEvent.click(screen.getByRole('button', { name: 'Drink water done today' }));
    await waitFor(() => expect(within(rowOf('Drink water')).getByTestId('streak')).toHaveTextContent('0'));
    expect(boardReads()).toBe(before + 2);
  });
});

function rowOf(name: string): HTMLElement {
  return screen.getAllByTestId('habit-row').find((r) => r.getAttribute('data-habit-name') === name)!;
}
