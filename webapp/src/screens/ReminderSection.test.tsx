import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../app/session';
import { ToastProvider } from '../app/toasts';
import { WEEKDAYS } from '../lib/dates';
import { PUSH_MESSAGES, base64UrlBytes } from '../pwa/push';
import { json, mockFetch, problem, type Reply } from '../test/fetchMock';
import { signedIn } from '../test/fixtures';
import { ReminderSection } from './ReminderSection';

// A P-256 point's length of bytes, base64url: what GET /api/push/public-key answers.
const PUBLIC_KEY = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';
const SUBSCRIPTION = { endpoint: 'https://push.example/abc', expirationTime: null, keys: { p256dh: 'p256', auth: 'auth' } };

let permission: NotificationPermission;
let subscribe: ReturnType<typeof vi.fn>;

beforeEach(() => {
  permission = 'granted';
  subscribe = vi.fn(async () => ({ toJSON: () => SUBSCRIPTION, options: { applicationServerKey: base64UrlBytes(PUBLIC_KEY).buffer } }));
  vi.stubGlobal('Notification', { requestPermission: vi.fn(async () => permission) });
  vi.stubGlobal('PushManager', class {});
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { ready: Promise.resolve({ pushManager: { getSubscription: async () => null, subscribe } }) },
  });
});

function renderSection(routes: Record<string, Reply | ((r: never) => Reply)>) {
  const fetch = mockFetch({ ...signedIn, 'GET /api/push/public-key': json({ publicKey: PUBLIC_KEY }), ...routes });
  render(
    <ToastProvider>
      <SessionProvider>
        <ReminderSection habitId="h1" habitName="Run" />
      </SessionProvider>
    </ToastProvider>,
  );
  return fetch;
}

const saved = (changes = {}) => ({ habitId: 'h1', time: '07:30', days: ['MONDAY', 'WEDNESDAY'], snoozedUntil: null, ...changes });

describe('the reminder section', () => {
  it('starts off for a habit without one; switched on it offers every day at 08:00', async () => {
    renderSection({ 'GET /api/habits/h1/reminder': problem(404, { status: 404, detail: 'No reminder.' }) });
    await screen.findByText('Off.');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Remind me about Run' }));

    expect(screen.getByLabelText('Time')).toHaveValue('08:00');
    const days = within(screen.getByRole('group', { name: 'Days' })).getAllByRole('checkbox');
    expect(days).toHaveLength(7);
    days.forEach((day) => expect(day).toBeChecked());
  });

  it('signs the browser up for push with the server’s key, then saves the time and days', async () => {
    const { requests } = renderSection({
      'GET /api/habits/h1/reminder': problem(404, { status: 404 }),
      'POST /api/push/subscriptions': json({ id: 's1', endpoint: SUBSCRIPTION.endpoint, createdAt: '2026-12-06T10:00:00Z' }, 201),
      'PUT /api/habits/h1/reminder': (request: { body: { time: string; days: string[] } }) => json(saved(request.body)),
    });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Remind me about Run' }));
    await userEvent.clear(screen.getByLabelText('Time'));
    await userEvent.type(screen.getByLabelText('Time'), '21:15');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sat' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }));

    await screen.findByText(/^On: 21:15, Mon, Tue, Wed, Thu, Fri, Sun\./);
    expect(subscribe).toHaveBeenCalledWith({ userVisibleOnly: true, applicationServerKey: base64UrlBytes(PUBLIC_KEY) });
    const writes = requests.filter((r) => r.method !== 'GET').map((r) => [r.method, r.path, r.body]);
    expect(writes).toEqual([
      ['POST', '/api/push/subscriptions', SUBSCRIPTION],
      ['PUT', '/api/habits/h1/reminder', { time: '21:15', days: WEEKDAYS.filter((d) => d !== 'SATURDAY') }],
    ]);
  });

  it('says so and saves nothing when notifications are blocked', async () => {
    permission = 'denied';
    const { requests } = renderSection({ 'GET /api/habits/h1/reminder': problem(404, { status: 404 }) });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Remind me about Run' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(PUSH_MESSAGES.denied);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('says the server cannot deliver reminders when it has no push configured (503)', async () => {
    const { requests } = renderSection({
      'GET /api/habits/h1/reminder': problem(404, { status: 404 }),
      'GET /api/push/public-key': problem(503, { status: 503, detail: 'Push is not configured.' }),
    });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Remind me about Run' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Reminders can’t be delivered by this server.');
    expect(subscribe).not.toHaveBeenCalled();
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('needs a day before it sends anything', async () => {
    const { requests } = renderSection({ 'GET /api/habits/h1/reminder': json(saved({ days: ['MONDAY'] })) });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Mon' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }));

    expect(await screen.findByText('Choose at least one day.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('shows the server’s field errors next to the time and the days', async () => {
    renderSection({
      'GET /api/habits/h1/reminder': json(saved()),
      'POST /api/push/subscriptions': json({ id: 's1' }, 200),
      'PUT /api/habits/h1/reminder': problem(400, {
        status: 400,
        errors: [
          { field: 'time', message: 'must be HH:mm' },
          { field: 'days[1]', message: 'is repeated' },
        ],
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Save reminder' }));

    await waitFor(() => expect(screen.getByLabelText('Time')).toHaveAccessibleDescription('The time must be HH:mm.'));
    expect(screen.getByText('The days (entry 2) is repeated.')).toHaveAttribute('id', 'reminder-days-error');
  });

  it('shows a saved reminder and removes it', async () => {
    const { requests } = renderSection({
      'GET /api/habits/h1/reminder': json(saved({ snoozedUntil: '2999-01-01T09:40:00Z' })),
      'DELETE /api/habits/h1/reminder': { status: 204 },
    });
    await screen.findByText(/^On: 07:30, Mon, Wed\. Snoozed until/);
    expect(screen.getByRole('checkbox', { name: 'Remind me about Run' })).toBeChecked();
    expect(screen.getByLabelText('Time')).toHaveValue('07:30');

    await userEvent.click(screen.getByRole('button', { name: 'Remove reminder' }));

    await screen.findByText('Off.');
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual(['/api/habits/h1/reminder']);
    expect(screen.queryByRole('button', { name: 'Remove reminder' })).not.toBeInTheDocument();
  });
});
