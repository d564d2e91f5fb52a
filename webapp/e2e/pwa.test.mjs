// The installable app, offline, in a real browser against a running server (BASE_URL, SERVER_SWITCH_URL):
// the manifest and service worker meet Chromium's install criteria → the board shows offline after a reload
// with the server stopped, and says from when → check-ins made then wait on this device (after another
// reload too) and are sent when the server is back (checked through the API) → a push message dispatched to
// the service worker shows the reminder notification, whose Done records the check-in and whose failure
// opens the app. Screenshots and axe checks as in the journey; any unexpected console error fails the run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { VIEWPORTS, baseUrl, launch } from './browser.mjs';
import {
  SERVER_DOWN_MESSAGES,
  TIMEOUT,
  addDays,
  assertCleanRun,
  callApi,
  capturer,
  isNoReminderYet,
  newUsername,
  register,
  reportFailure,
  switchServer,
  watchConsole,
} from './support.mjs';

let browser;
let context;
let page;
let capture;
let serverDown = false;
const consoleErrors = [];
const a11yViolations = [];
const screenshots = [];

before(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-US', baseURL: baseUrl(), colorScheme: 'light' });
  await context.grantPermissions(['notifications']);
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(30_000);
  page = await context.newPage();
  capture = capturer(page, { screenshots, a11yViolations });
  watchConsole(page, consoleErrors, (message) => {
    if (isNoReminderYet(message)) return true;
    return serverDown && SERVER_DOWN_MESSAGES.test(message.text());
  });
});

after(async () => {
  await browser?.close();
});

const heading = (name) => page.getByRole('heading', { level: 1, name });
const row = (name) => page.locator(`[data-testid="habit-row"][data-habit-name="${name}"]`);
const stripDay = (name, day) => row(name).locator(`.strip-day[data-day="${day}"]`);

/** A daily habit that started a week ago, so the strip's days are ones it counts. */
async function createHabit(name, today) {
  const habit = { name, color: '#00897b', schedule: { type: 'daily' }, goal: { type: 'yesNo' }, startDate: addDays(today, -7) };
  const created = await callApi(page, 'POST', '/api/habits', habit);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body;
}

async function checkinsOf(habitId, from, to) {
  const answer = await callApi(page, 'GET', `/api/habits/${habitId}/checkins?from=${from}&to=${to}`);
  assert.equal(answer.status, 200);
  return Object.fromEntries(answer.body.checkins.map((c) => [c.day, c.status]));
}

async function notifications() {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      icon: n.icon,
      actions: n.actions.map((a) => a.action),
      data: n.data,
    }));
  });
}

test('the app installs, shows the board offline, sends what was checked in offline, and shows reminders', async () => {
  try {
    await register(page, newUsername('pwa'));
    const { today } = (await callApi(page, 'GET', '/api/habits')).body;
    const water = await createHabit('Water', today);
    const stretch = await createHabit('Stretch', today);
    await page.reload();
    await row('Stretch').waitFor();

    // The service worker runs this page, and what it serves has the right types and caching.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const answers = await page.evaluate(async () => {
      const head = async (path) => {
        const r = await fetch(path, { cache: 'no-store' });
        return { type: r.headers.get('content-type'), cache: r.headers.get('cache-control'), csp: r.headers.get('content-security-policy') };
      };
      const script = [...document.scripts].map((s) => new URL(s.src).pathname).find((p) => p.startsWith('/assets/'));
      return { manifest: await head('/manifest.json'), worker: await head('/sw.js'), asset: await head(script), icon: await head('/icons/icon-512.png') };
    });
    assert.match(answers.manifest.type, /^application\/(manifest\+)?json/, 'the manifest is served as JSON');
    assert.equal(answers.manifest.cache, 'no-cache');
    assert.match(answers.worker.type, /javascript/);
    assert.equal(answers.worker.cache, 'no-cache', 'a new service worker reaches the browser at once');
    assert.match(answers.worker.csp, /default-src 'self'/);
    assert.match(answers.asset.cache, /immutable/);
    assert.equal(answers.icon.type, 'image/png');

    // Chromium's own verdict: the only reason it would not offer to install is the incognito-like context.
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], `manifest errors: ${JSON.stringify(manifest.errors)}`);
    assert.match(manifest.url, /\/manifest\.json$/);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(
      installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'),
      [],
      `installability errors: ${JSON.stringify(installabilityErrors)}`,
    );

    // One check-in while the server is up, so the board the service worker keeps has something on it.
    await page.getByRole('button', { name: 'Water done today' }).click();
    await row('Water').getByRole('button', { name: 'Water done today', pressed: true }).waitFor();
    await page.reload(); // the board read again (and kept) with it
    await row('Water').getByRole('button', { name: 'Water done today', pressed: true }).waitFor();
    await stripDay('Water', addDays(today, -1)).and(page.locator('[data-look="missed"]')).waitFor();

    // The server stops; a reload still opens the app, with the board as it was and a banner saying so.
    serverDown = true;
    await switchServer('stop');
    await page.reload();
    await heading('Today').waitFor();
    const banner = page.getByTestId('offline-banner');
    await banner.getByText(/^Offline — showing the board as of \d\d:\d\d\./).waitFor();
    await row('Water').getByRole('button', { name: 'Water done today', pressed: true }).waitFor();
    await row('Stretch').waitFor();
    await capture('20-offline-board');

    // Check-ins made now wait on this device, marked on their cards, and survive another reload.
    await page.getByRole('button', { name: 'Stretch done today' }).click();
    await page.getByText(/^Stretch, today: saved on this device/).waitFor();
    await stripDay('Water', addDays(today, -1)).click();
    await stripDay('Water', addDays(today, -1)).and(page.locator('[data-look="done"]')).waitFor();
    await page.getByTestId('outbox-pending').getByText('2 check-ins waiting to be sent').waitFor();
    await row('Stretch').getByTestId('habit-waiting').waitFor();
    await row('Water').getByTestId('habit-waiting').waitFor();
    await page.reload();
    await banner.waitFor();
    await page.getByTestId('outbox-pending').getByText('2 check-ins waiting to be sent').waitFor();
    await row('Stretch').getByRole('button', { name: 'Stretch done today', pressed: true }).waitFor();
    await stripDay('Water', addDays(today, -1)).and(page.locator('[data-look="done"]')).waitFor();
    await capture('21-offline-pending');

    // The server is back: both are sent by themselves, the banner goes, the server has them.
    await switchServer('start');
    await page.getByTestId('outbox-pending').waitFor({ state: 'detached', timeout: 40_000 });
    await banner.waitFor({ state: 'detached', timeout: 40_000 });
    serverDown = false;
    await row('Stretch').getByRole('button', { name: 'Stretch done today', pressed: true }).waitFor();
    assert.deepEqual(await checkinsOf(stretch.id, today, today), { [today]: 'DONE' });
    assert.deepEqual(await checkinsOf(water.id, addDays(today, -1), today), { [addDays(today, -1)]: 'DONE', [today]: 'DONE' });
    assert.equal(await page.getByTestId('outbox-failed').count(), 0);

    // A push message to the service worker (as the push service would deliver it) shows the reminder.
    await cdp.send('ServiceWorker.enable');
    const registrationId = await new Promise((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const mine = registrations.find((r) => !r.isDeleted && r.scopeURL === `${baseUrl()}/`);
        if (mine) resolve(mine.registrationId);
      });
    });
    const reminderDay = today;
    const payload = {
      type: 'reminder',
      habitId: stretch.id,
      day: reminderDay,
      title: 'Stretch',
      body: 'Time for Stretch',
      measured: false,
      url: `/habits/${stretch.id}`,
    };
    await callApi(page, 'DELETE', `/api/habits/${stretch.id}/checkins/${reminderDay}`); // so Done has something to do
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: baseUrl(), registrationId, data: JSON.stringify(payload) });
    await page.waitForFunction(async () => (await (await navigator.serviceWorker.ready).getNotifications()).length > 0);
    const [shown] = await notifications();
    assert.deepEqual(shown, {
      title: 'Stretch',
      body: 'Time for Stretch',
      tag: `reminder-${stretch.id}`,
      icon: `${baseUrl()}/icons/icon-192.png`,
      actions: ['done', 'snooze'],
      data: { url: `/habits/${stretch.id}`, habitId: stretch.id, day: reminderDay, measured: false },
    });

    // Its Done records the day through the API (what a click on the action runs, called in the worker).
    const [worker] = context.serviceWorkers();
    assert.ok(worker, 'Playwright sees the service worker');
    assert.equal(await worker.evaluate((data) => self.habits.handleNotificationClick(data, 'done'), shown.data), 'done');
    assert.deepEqual(await checkinsOf(stretch.id, reminderDay, reminderDay), { [reminderDay]: 'DONE' });
    // A measured habit's reminder offers only Open.
    const measured = await worker.evaluate((p) => self.habits.reminderNotification(p).options.actions.map((a) => a.action), { ...payload, measured: true });
    assert.deepEqual(measured, ['open']);

    // When the action fails (here: a habit that is not there; as well a session gone), the app opens at the habit.
    await page.goto('/settings');
    await heading('Settings').waitFor();
    const missing = '00000000-0000-4000-8000-000000000000';
    const outcome = await worker.evaluate((data) => self.habits.handleNotificationClick(data, 'done'), { ...shown.data, habitId: missing, url: `/habits/${stretch.id}` });
    assert.equal(outcome, 'opened');
    await page.waitForURL(`**/habits/${stretch.id}`);
    await heading('Stretch').waitFor();
  } catch (error) {
    await reportFailure(page, 'failure-pwa', { a11yViolations, consoleErrors });
    if (serverDown) await switchServer('start').catch(() => undefined);
    throw error;
  }

  assertCleanRun({ screenshots, a11yViolations, consoleErrors });
});
