// The reminder settings against the server's reminder and push API (docs/openapi.yaml, issue 17): a habit's
// reminder switched on (notification permission, a push subscription sent to the server), its time and days
// saved, read back through the API, snoozed from the notification's action, removed.
//
// Debian's Chromium has no push service to sign up with (no Google API keys: `PushManager.subscribe` fails
// with a push service error), so the page's `subscribe` is replaced before the app loads by one that answers
// a subscription as a browser would — an http endpoint on loopback (which the server accepts for tests) and
// real P-256/auth keys. Delivery through a push service is the server side's test (a push-service stand-in).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { VIEWPORTS, baseUrl, launch } from './browser.mjs';
import { TIMEOUT, assertCleanRun, callApi, capturer, isNoReminderYet, newUsername, register, reportFailure, watchConsole } from './support.mjs';

let browser;
let context;
let page;
let capture;
// A refusal the test provokes on purpose (Chromium logs each 4xx answer as a console error).
let expectedRefusals = 0;
const consoleErrors = [];
const a11yViolations = [];
const screenshots = [];

/**
 * Runs in the page before the app: a PushManager whose subscription is made here, not by a push service. Like a
 * browser's, the subscription outlives a reload (kept in localStorage), so `getSubscription` finds it again.
 */
function fakePushService() {
  const KEPT = 'test-push-subscription';
  const base64Url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const bytesOf = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
  const subscriptionOf = (kept) => ({
    endpoint: kept.endpoint,
    expirationTime: null,
    options: { userVisibleOnly: kept.userVisibleOnly, applicationServerKey: bytesOf(kept.serverKey) },
    toJSON: () => ({ endpoint: kept.endpoint, expirationTime: null, keys: { p256dh: kept.p256dh, auth: kept.auth } }),
    unsubscribe: async () => (localStorage.removeItem(KEPT), true),
  });
  PushManager.prototype.getSubscription = async () => {
    const kept = localStorage.getItem(KEPT);
    return kept ? subscriptionOf(JSON.parse(kept)) : null;
  };
  PushManager.prototype.subscribe = async (options) => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const kept = {
      endpoint: `http://127.0.0.1:9/push/${crypto.randomUUID()}`,
      p256dh: base64Url(await crypto.subtle.exportKey('raw', pair.publicKey)),
      auth: base64Url(crypto.getRandomValues(new Uint8Array(16))),
      userVisibleOnly: options.userVisibleOnly,
      serverKey: base64Url(options.applicationServerKey),
    };
    localStorage.setItem(KEPT, JSON.stringify(kept));
    window.__pushOptions = { userVisibleOnly: options.userVisibleOnly, keyLength: new Uint8Array(options.applicationServerKey).length };
    return subscriptionOf(kept);
  };
}

before(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-US', baseURL: baseUrl(), colorScheme: 'light' });
  await context.grantPermissions(['notifications']);
  await context.addInitScript(fakePushService);
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(30_000);
  page = await context.newPage();
  capture = capturer(page, { screenshots, a11yViolations });
  watchConsole(page, consoleErrors, (message) => {
    if (expectedRefusals > 0 && /status of 400/.test(message.text())) {
      expectedRefusals--;
      return true;
    }
    return isNoReminderYet(message); // also after removing it
  });
});

after(async () => {
  await browser?.close();
});

const heading = (name) => page.getByRole('heading', { level: 1, name });

test('a habit gets a reminder on chosen days, is snoozed from the notification, and loses it again', async () => {
  try {
    await register(page, newUsername('remind'));
    const created = await callApi(page, 'POST', '/api/habits', { name: 'Walk', color: '#00897b', schedule: { type: 'daily' }, goal: { type: 'yesNo' } });
    assert.equal(created.status, 201);
    const habit = created.body;
    const key = await callApi(page, 'GET', '/api/push/public-key');
    assert.equal(key.status, 200, 'the local server has VAPID keys (generated in its data directory)');

    await page.goto(`/habits/${habit.id}`);
    await heading('Walk').waitFor();
    const section = page.getByRole('region', { name: 'Reminder' });
    await section.getByText('Off.').waitFor();
    await section.getByRole('checkbox', { name: 'Remind me about Walk' }).check();
    await section.getByLabel('Time').fill('07:45');
    await section.getByRole('checkbox', { name: 'Sat' }).uncheck();
    await section.getByRole('checkbox', { name: 'Sun' }).uncheck();
    await capture('22-reminder-form');
    await section.getByRole('button', { name: 'Save reminder' }).click();
    await section.getByText('On: 07:45, Mon, Tue, Wed, Thu, Fri.').waitFor();
    await capture('22b-reminder-saved');

    assert.deepEqual(await page.evaluate(() => window.__pushOptions), { userVisibleOnly: true, keyLength: 65 });
    const reminder = await callApi(page, 'GET', `/api/habits/${habit.id}/reminder`);
    assert.equal(reminder.status, 200);
    assert.equal(reminder.body.time, '07:45');
    assert.deepEqual(reminder.body.days, ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']);
    const subscriptions = await callApi(page, 'GET', '/api/push/subscriptions');
    assert.equal(subscriptions.status, 200);
    assert.equal(subscriptions.body.subscriptions.length, 1, 'this browser is signed up once');
    assert.match(subscriptions.body.subscriptions[0].endpoint, /^http:\/\/127\.0\.0\.1:9\/push\//);

    // A reload shows it saved; saving again keeps one subscription (same endpoint, same id).
    await page.reload();
    await section.getByText('On: 07:45, Mon, Tue, Wed, Thu, Fri.').waitFor();
    await section.getByRole('button', { name: 'Save reminder' }).click();
    await page.getByText('Reminder for Walk saved.').waitFor();
    assert.equal((await callApi(page, 'GET', '/api/push/subscriptions')).body.subscriptions.length, 1);

    // The server checks what the form checks (a time the form would not send, sent through the API).
    expectedRefusals = 1;
    const bad = await callApi(page, 'PUT', `/api/habits/${habit.id}/reminder`, { time: '25:00', days: ['MONDAY'] });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.errors.some((e) => e.field === 'time'), JSON.stringify(bad.body));

    // Snooze from the notification's action (what a click on it runs, called in the service worker).
    await page.evaluate(() => navigator.serviceWorker.ready);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const data = { url: `/habits/${habit.id}`, habitId: habit.id, day: '2026-12-07', measured: false };
    assert.equal(await worker.evaluate((d) => self.habits.handleNotificationClick(d, 'snooze'), data), 'snooze');
    const snoozed = await callApi(page, 'GET', `/api/habits/${habit.id}/reminder`);
    assert.ok(Date.parse(snoozed.body.snoozedUntil) > Date.now(), `snoozed: ${JSON.stringify(snoozed.body)}`);
    await page.reload();
    await section.getByText(/Snoozed until/).waitFor();

    // Removed: off again, and gone from the API.
    await section.getByRole('button', { name: 'Remove reminder' }).click();
    await section.getByText('Off.').waitFor();
    assert.equal((await callApi(page, 'GET', `/api/habits/${habit.id}/reminder`)).status, 404);
  } catch (error) {
    await reportFailure(page, 'failure-reminders', { a11yViolations, consoleErrors });
    throw error;
  }

  assertCleanRun({ screenshots, a11yViolations, consoleErrors });
});
