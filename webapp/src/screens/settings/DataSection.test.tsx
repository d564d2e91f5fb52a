import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../test/fetchMock';
import { signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { describeImport } from './DataSection';

const report = { habits: 2, checkIns: 30, pauses: 0, milestones: 1, skipped: 0 };
/** A file whose habits are all new and whose settings are the user's: no question but "Import?". */
const fresh = { habitCount: 2, alreadyHere: 0, checkIns: 30, pauses: 0, habits: [{ name: 'Read' }, { name: 'Run' }], settings: [] };
/** The same export a second time: 3 of its 5 habits are here already, and its week starts on Sunday. */
const again = {
  habitCount: 5,
  alreadyHere: 3,
  checkIns: 120,
  pauses: 1,
  habits: [
    { name: 'Read', alreadyHereAs: 'h1' },
    { name: 'Run', alreadyHereAs: 'h2' },
    { name: 'Stretch', alreadyHereAs: 'h3' },
    { name: 'Water' },
    { name: 'Walk' },
  ],
  settings: [
    { name: 'timeZone', yours: 'Europe/Berlin', file: 'Asia/Tokyo' },
    { name: 'weekStart', yours: 'MONDAY', file: 'SUNDAY' },
  ],
};
const PREVIEW = 'POST /api/import?preview=true';
const exportFile = () => new File(['{"formatVersion":1,"habits":[]}'], 'habit-tracker-ada.json', { type: 'application/json' });
const imports = (requests: { method: string; path: string }[]) =>
  requests.filter((r) => r.method === 'POST' && !r.path.includes('preview=true'));
/** The first bytes of every zip, then some of Loop's content (the server reads the real thing). */
const loopZip = () =>
  new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'Habits.csv…'], 'Loop Habits CSV 2026-11-22.zip', { type: 'application/zip' });

async function upload(file: File, options: { applyAccept?: boolean } = {}) {
  const user = userEvent.setup(options);
  await user.upload(await screen.findByLabelText('Import a file…'), file);
}

describe('importing in settings', () => {
  it('words the import report', () => {
    expect(describeImport({ habits: 2, checkIns: 40, pauses: 1, milestones: 0, skipped: 0 })).toBe(
      'Imported 2 habits, 40 check-ins, 1 pauses, 0 milestones.',
    );
  });

  it('words what the import skipped as already here', () => {
    expect(describeImport({ habits: 2, checkIns: 40, pauses: 1, milestones: 0, skipped: 3 })).toBe(
      'Imported 2 habits, 40 check-ins, 1 pauses, 0 milestones. Skipped 3 already here.',
    );
  });

  it('previews a Loop Habit Tracker zip, then sends it as it is, labelled application/zip, and shows what it took', async () => {
    const { requests } = mockFetch({ ...signedIn, [PREVIEW]: json(fresh), 'POST /api/import': json(report) });
    renderApp('/settings');
    const zip = loopZip();
    await upload(zip);
    await userEvent.click(await screen.findByRole('button', { name: 'Import 2 habits' }));

    expect(await screen.findByText('Imported 2 habits, 30 check-ins, 0 pauses, 1 milestones. (from Loop Habits CSV 2026-11-22.zip)')).toBeInTheDocument();
    const [preview, sent] = requests.filter((r) => r.method === 'POST');
    expect(preview!.path).toContain('/api/import?preview=true');
    expect(sent!.headers['Content-Type']).toBe('application/zip');
    expect(sent!.body).toBe(zip);
  });

  it('sends our JSON export as JSON, to the preview and to the import', async () => {
    const { requests } = mockFetch({ ...signedIn, [PREVIEW]: json(fresh), 'POST /api/import': json(report) });
    renderApp('/settings');
    await upload(exportFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Import 2 habits' }));

    await screen.findByText(/^Imported 2 habits/);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    for (const sent of posts) {
      expect(sent.headers['Content-Type']).toBe('application/json');
      expect(sent.body).toEqual({ formatVersion: 1, habits: [] });
    }
  });

  it('asks neither question when every habit is new and the settings are the user’s', async () => {
    const { requests } = mockFetch({ ...signedIn, [PREVIEW]: json(fresh), 'POST /api/import': json(report) });
    renderApp('/settings');
    await upload(exportFile());

    const review = await screen.findByRole('form', { name: 'Import habit-tracker-ada.json?' });
    expect(review).toHaveTextContent('2 habits, 30 check-ins.');
    expect(within(review).queryByRole('radio')).toBeNull();
    await userEvent.click(within(review).getByRole('button', { name: 'Import 2 habits' }));
    await screen.findByText(/^Imported 2 habits/);
    expect(imports(requests)[0]!.path).toContain('duplicates=copy&settings=keep');
  });

  it('says how many habits are already here and skips them unless asked for copies', async () => {
    const { requests } = mockFetch({ ...signedIn, [PREVIEW]: json(again), 'POST /api/import': json({ ...report, skipped: 3 }) });
    renderApp('/settings');
    await upload(exportFile());

    const review = await screen.findByRole('form', { name: 'Import habit-tracker-ada.json?' });
    expect(review).toHaveTextContent('5 habits, 120 check-ins, 1 pause, 3 already here.');
    const duplicates = within(review).getByRole('group', { name: '3 habits are already here: Read, Run, Stretch' });
    expect(within(duplicates).getByRole('radio', { name: 'Skip them' })).toBeChecked();
    await userEvent.click(within(review).getByRole('button', { name: 'Import 2 habits' }));

    expect(await screen.findByText(/Skipped 3 already here\./)).toBeInTheDocument();
    expect(imports(requests)[0]!.path).toContain('duplicates=skip');
  });

  it('imports the habits already here as copies when the user says so', async () => {
    const { requests } = mockFetch({ ...signedIn, [PREVIEW]: json(again), 'POST /api/import': json(report) });
    renderApp('/settings');
    await upload(exportFile());

    await userEvent.click(await screen.findByRole('radio', { name: 'Import as copies' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import 5 habits' }));

    await screen.findByText(/^Imported 2 habits/);
    expect(imports(requests)[0]!.path).toContain('duplicates=copy');
  });

  it('names the settings the file would change and keeps the user’s unless told to use the file’s', async () => {
    const { requests } = mockFetch({ ...signedIn, [PREVIEW]: json(again), 'POST /api/import': json(report) });
    renderApp('/settings');
    await upload(exportFile());

    const settings = await screen.findByRole('group', { name: 'The file’s settings differ from yours' });
    expect(settings).toHaveTextContent('Time zone: yours Europe/Berlin, the file’s Asia/Tokyo');
    expect(settings).toHaveTextContent('Weeks start on: yours Monday, the file’s Sunday');
    expect(within(settings).getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    await userEvent.click(within(settings).getByRole('radio', { name: 'Use the file’s' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import 2 habits' }));

    await screen.findByText(/^Imported 2 habits/);
    expect(imports(requests)[0]!.path).toContain('settings=replace');
    await waitFor(() => expect(requests.filter((r) => r.path.endsWith('/api/me')).length).toBeGreaterThan(1));
  });

  it('imports nothing when the user cancels the question', async () => {
    const { requests } = mockFetch({ ...signedIn, [PREVIEW]: json(again), 'POST /api/import': json(report) });
    renderApp('/settings');
    await upload(exportFile());

    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('form', { name: /^Import/ })).not.toBeInTheDocument();
    expect(imports(requests)).toHaveLength(0);
  });

  it('shows the refusal when the import itself is refused after the preview', async () => {
    mockFetch({
      ...signedIn,
      [PREVIEW]: json(fresh),
      'POST /api/import': problem(422, { title: 'Limit exceeded', status: 422, detail: 'the import would make 501 habits; at most 500' }),
    });
    renderApp('/settings');
    await upload(exportFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Import 2 habits' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was imported. the import would make 501 habits; at most 500');
    expect(screen.queryByRole('form', { name: /^Import/ })).not.toBeInTheDocument();
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
