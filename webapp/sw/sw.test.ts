// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

/** The worker's script run against a stand-in `self` (what it registers, what it exposes). */
function loadWorker(fetch = vi.fn()) {
  const listeners: Record<string, (event: unknown) => void> = {};
  const self = {
    location: { origin: 'https://habits.example' },
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
    registration: { showNotification: vi.fn(async () => undefined) },
    clients: { matchAll: vi.fn(async () => []), openWindow: vi.fn(async () => null), claim: vi.fn() },
    habits: undefined as unknown as {
      reminderNotification: (payload: unknown) => { title: string; options: Record<string, unknown> };
      handleNotificationClick: (data: unknown, action: string) => Promise<string>;
    },
  };
  const source = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
  new Function('self', 'caches', 'fetch', source)(self, {}, fetch);
  return { self, listeners };
}

const payload = { type: 'reminder', habitId: 'h1', day: '2026-12-06', title: 'Run', body: 'Time for Run', measured: false, url: '/habits/h1' };

describe('the service worker’s reminders', () => {
  it('show the payload’s title and body, tagged per habit, with Done and Snooze', () => {
    const { self } = loadWorker();
    const { title, options } = self.habits.reminderNotification(payload);
    expect(title).toBe('Run');
    expect(options).toMatchObject({
      body: 'Time for Run',
      tag: 'reminder-h1',
      icon: '/icons/icon-192.png',
      data: { url: '/habits/h1', habitId: 'h1', day: '2026-12-06', measured: false },
    });
    expect((options.actions as { action: string }[]).map((a) => a.action)).toEqual(['done', 'snooze']);
  });

  it('offer only Open for a measured habit, and never a link to another site', () => {
    const { self } = loadWorker();
    const { options } = self.habits.reminderNotification({ ...payload, measured: true, url: '//evil.example/x' });
    expect((options.actions as { action: string }[]).map((a) => a.action)).toEqual(['open']);
    expect((options.data as { url: string }).url).toBe('/');
  });

  it('still show something for a push that is not a reminder (every push must show one)', () => {
    const { self, listeners } = loadWorker();
    const waits: Promise<unknown>[] = [];
    listeners.push!({ data: { json: () => ({ hello: 1 }) }, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    expect(self.registration.showNotification).toHaveBeenCalledWith('Habit Tracker', expect.objectContaining({ body: expect.any(String) }));
    expect(waits).toHaveLength(1);
  });

  it('record Done with the check-in PUT of the day, and open the app when that fails', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 200 }));
    const { self } = loadWorker(fetch);
    const data = self.habits.reminderNotification(payload).options.data;

    expect(await self.habits.handleNotificationClick(data, 'done')).toBe('done');
    expect(fetch).toHaveBeenCalledWith('/api/habits/h1/checkins/2026-12-06', expect.objectContaining({ method: 'PUT', body: '{"status":"DONE"}' }));

    fetch.mockResolvedValueOnce(new Response(null, { status: 401 }));
    expect(await self.habits.handleNotificationClick(data, 'snooze')).toBe('opened');
    expect(fetch).toHaveBeenLastCalledWith('/api/habits/h1/reminder/snooze', expect.objectContaining({ method: 'POST', body: '{}' }));
    expect(self.clients.openWindow).toHaveBeenCalledWith('/habits/h1');
  });
});
