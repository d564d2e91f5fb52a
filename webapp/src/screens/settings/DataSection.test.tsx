import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../test/fetchMock';
import { signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { describeImport } from './DataSection';

const report = { habits: 2, checkIns: 30, pauses: 0, milestones: 1 };
/** The first bytes of every zip, then some of Loop's content (the server reads the real thing). */
const loopZip = () =>
  new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'Habits.csv…'], 'Loop Habits CSV 2026-11-22.zip', { type: 'application/zip' });

async function upload(file: File, options: { applyAccept?: boolean } = {}) {
  const user = userEvent.setup(options);
  await user.upload(await screen.findByLabelText('Import a file…'), file);
}

describe('importing in settings', () => {
  it('words the import report', () => {
    expect(describeImport({ habits: 2, checkIns: 40, pauses: 1, milestones: 0 })).toBe('Imported 2 habits, 40 check-ins, 1 pauses, 0 milestones.');
  });

  it('sends a Loop Habit Tracker zip as it is, labelled application/zip, and shows what it took', async () => {
    const { requests } = mockFetch({ ...signedIn, 'POST /api/import': json(report) });
    renderApp('/settings');
    const zip = loopZip();
    await upload(zip);

    expect(await screen.findByText('Imported 2 habits, 30 check-ins, 0 pauses, 1 milestones. (from Loop Habits CSV 2026-11-22.zip)')).toBeInTheDocument();
    const sent = requests.find((r) => r.method === 'POST')!;
    expect(sent.headers['Content-Type']).toBe('application/zip');
    expect(sent.body).toBe(zip);
  });

  it('sends our JSON export as JSON', async () => {
    const { requests } = mockFetch({ ...signedIn, 'POST /api/import': json(report) });
    renderApp('/settings');
    await upload(new File(['{"version":1,"habits":[]}'], 'habit-tracker-ada.json', { type: 'application/json' }));

    await screen.findByText(/^Imported 2 habits/);
    const sent = requests.find((r) => r.method === 'POST')!;
    expect(sent.headers['Content-Type']).toBe('application/json');
    expect(sent.body).toEqual({ version: 1, habits: [] });
  });

  it('lists every mistake the server found, naming the file, line and column', async () => {
    mockFetch({
      ...signedIn,
      'POST /api/import': problem(400, {
        title: 'Validation failed',
        status: 400,
        detail: 'Habits.csv:3:Color: must be a colour like #00897b; 002 Read/Checkmarks.csv:14:Value: unknown value MAYBE',
        errors: [
          { field: 'Habits.csv:3:Color', message: 'must be a colour like #00897b' },
          { field: '002 Read/Checkmarks.csv:14:Value', message: 'unknown value MAYBE' },
        ],
      }),
    });
    renderApp('/settings');
    await upload(loopZip());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported: the file has 2 mistakes.');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Habits.csv, line 3, column Color: must be a colour like #00897b',
      '002 Read/Checkmarks.csv, line 14, column Value: unknown value MAYBE',
    ]);
    expect(screen.queryByText(/^Imported/)).not.toBeInTheDocument();
  });

  it('gives the server’s reason when it names no line, such as a zip without Habits.csv', async () => {
    mockFetch({
      ...signedIn,
      'POST /api/import': problem(400, { title: 'Not a Loop backup', status: 400, detail: 'The zip holds no Habits.csv.' }),
    });
    renderApp('/settings');
    await upload(loopZip());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported. The zip holds no Habits.csv.');
    expect(alert.querySelector('li')).toBeNull();
  });

  it('says a file is too large when the server refuses it with 413', async () => {
    mockFetch({ ...signedIn, 'POST /api/import': problem(413, { title: 'Payload Too Large', status: 413 }) });
    renderApp('/settings');
    await upload(loopZip());
    expect(await screen.findByRole('alert')).toHaveTextContent('That file is larger than the server takes (5 MiB).');
  });

  it('refuses a file that is neither kind without sending it', async () => {
    const { requests } = mockFetch({ ...signedIn });
    renderApp('/settings');
    await upload(new File(['Position,Name\n1,Read\n'], 'Habits.csv', { type: 'text/csv' }), { applyAccept: false });

    expect(await screen.findByRole('alert')).toHaveTextContent(/neither a Habit Tracker JSON export nor a Loop Habit Tracker zip/);
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(false));
  });
});
