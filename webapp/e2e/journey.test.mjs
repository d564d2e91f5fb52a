// The journey a new user takes, in a real browser against a running server (BASE_URL):
// register → create a daily and a measured habit → check in → streak 1 → edit yesterday in the
// heatmap → streak 2 → reload keeps it → archive (and restore) → pauses → settings → an API token
// (created, used by a script, revoked) → import a Loop Habit Tracker backup → import the own export twice
// (its habits are already here, skipped; then its week start differs, kept) → log out → log in.
// Every screen gets an axe check (no serious or critical violations) and a screenshot at a phone and a
// desktop size under test-results/. The run fails on any console error of the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { request } from 'playwright-core';
import { VIEWPORTS, baseUrl, launch } from './browser.mjs';
import { loopBackup } from './loopZip.mjs';
import { SERVER_DOWN_MESSAGES, TIMEOUT, addDays, assertCleanRun, capturer, isNoReminderYet, reportFailure, switchServer, watchConsole } from './support.mjs';

let browser;
let context;
let page;
let capture;
const consoleErrors = [];
// Chromium logs every 4xx answer as a console error; the journey provokes a few on purpose.
let expectedRefusals = 0;
// While the journey has the server stopped, every request fails to connect, and Chromium logs each.
let serverDown = false;
const a11yViolations = [];
const screenshots = [];

before(async () => {
  browser = await launch();
  context = await browser.newContext({
    viewport: VIEWPORTS.desktop,
    locale: 'en-US',
    baseURL: baseUrl(),
    colorScheme: 'light',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(30_000);
  page = await context.newPage();
  capture = capturer(page, { screenshots, a11yViolations });
  watchConsole(page, consoleErrors, (message) => {
    if (expectedRefusals > 0 && /status of 400/.test(message.text())) {
      expectedRefusals--;
      return true;
    }
    if (isNoReminderYet(message)) return true;
    return serverDown && SERVER_DOWN_MESSAGES.test(message.text());
  });
});

after(async () => {
  await browser?.close();
});

const heading = (name) => page.getByRole('heading', { level: 1, name });
const row = (name) => page.locator(`[data-testid="habit-row"][data-habit-name="${name}"]`);
const streakOf = (name) => row(name).getByTestId('streak');
const stripDay = (name, day) => row(name).locator(`.strip-day[data-day="${day}"]`);

const boardOrder = () => page.locator('[data-testid="habit-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.habitName));


async function createHabit(name, fill) {
  await page.getByRole('link', { name: 'New habit' }).click();
  await heading('New habit').waitFor();
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (fill) await fill();
  await page.getByRole('button', { name: 'Create habit' }).click();
  await heading('Today').waitFor();
  await row(name).waitFor();
}

test('a new user builds a streak, edits the past, archives, and comes back', async () => {
  const username = `e2e_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const password = 'a long enough password';
  try {
    // Log in page for a visitor, then register.
    await page.goto('/');
    await heading('Log in').waitFor();
    await capture('01-login');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await heading('Create an account').waitFor();
    assert.notEqual(await page.getByLabel('Time zone').inputValue(), '', 'the time zone is prefilled from the browser');
    await capture('02-register');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();

    await heading('Today').waitFor();
    await page.getByRole('link', { name: 'Create your first habit' }).waitFor();
    await capture('03-board-empty');

    // A daily yes/no habit and a measured one.
    await page.getByRole('link', { name: 'New habit' }).click();
    await heading('New habit').waitFor();
    await page.getByRole('button', { name: 'Create habit' }).click();
    await page.getByText('Give the habit a name').waitFor(); // inline validation before any request
    await capture('04-habit-new');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await heading('Today').waitFor();

    await createHabit('Drink water');
    await createHabit('Read', async () => {
      await page.getByRole('radio', { name: 'Measured amount' }).check();
      await page.getByLabel('Target').fill('20');
      await page.getByLabel('Unit').fill('pages');
    });

    // Check in both: one tap, and an amount.
    assert.equal(await streakOf('Drink water').textContent(), '0');
    await page.getByRole('button', { name: 'Drink water done today' }).click();
    await assertText(streakOf('Drink water'), '1');
    await page.getByLabel('Amount for Read in pages').fill('25');
    await page.getByRole('button', { name: 'Read done today' }).click();
    await assertText(streakOf('Read'), '1');
    await page.getByRole('img', { name: '2 of 2 done today' }).waitFor();
    await capture('05-board');

    // The habit page: edit yesterday in the heatmap.
    await row('Drink water').getByRole('link', { name: 'Drink water' }).click();
    await heading('Drink water').waitFor();
    await assertText(page.getByTestId('current-streak'), '1');
    await capture('06-habit-detail');
    const today = await page.locator('[data-today="true"]').getAttribute('data-day');
    const yesterday = addDays(today, -1);
    await page.locator(`[data-day="${yesterday}"]`).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await capture('07-day-editor', { fullPage: false }); // a modal: the viewport is what a person sees
    await dialog.getByRole('radio', { name: 'Done' }).check();
    await dialog.getByLabel('Note (optional)').fill('caught up in the evening');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await assertText(page.getByTestId('current-streak'), '2');
    assert.equal(await page.locator(`[data-day="${yesterday}"]`).getAttribute('data-state'), 'SATISFIED');

    // The board agrees, and a reload keeps it.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await assertText(streakOf('Drink water'), '2');
    await page.reload();
    await assertText(streakOf('Drink water'), '2');

    // Back-fill the rest of the week from the strip: one tap a day (the start moves back to the first).
    for (let back = 6; back >= 2; back--) {
      await stripDay('Drink water', addDays(today, -back)).click();
      await stripDay('Drink water', addDays(today, -back)).and(page.locator('[data-look="done"]')).waitFor();
    }
    await assertText(streakOf('Drink water'), '7');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.day), addDays(today, -2), 'focus stays on the day tapped');
    await capture('05c-board-week-strip');

    // A second tap skips the day; Undo puts it back to done.
    const undone = stripDay('Drink water', addDays(today, -3));
    await undone.click();
    await undone.and(page.locator('[data-look="skipped"]')).waitFor();
    // Focus holds the toast (as for a keyboard user): four screenshots and axe runs can outlast its 6 s.
    await page.getByRole('button', { name: 'Undo' }).focus();
    await capture('05d-board-undo-toast', { fullPage: false, keepToasts: true });
    await page.getByRole('button', { name: 'Undo' }).click();
    await undone.and(page.locator('[data-look="done"]')).waitFor();
    await page.getByText(/^Undone\. Drink water/).waitFor();
    await page.reload();
    await stripDay('Drink water', addDays(today, -3)).and(page.locator('[data-look="done"]')).waitFor();
    await assertText(streakOf('Drink water'), '7');

    // The habit page draws the week as its best streak.
    await row('Drink water').getByRole('link', { name: 'Drink water' }).click();
    await heading('Drink water').waitFor();
    await page.getByTestId('streak-bars').getByRole('listitem', { name: /^7 days,/ }).waitFor();
    await capture('06b-habit-detail-streaks');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await row('Drink water').waitFor();

    // A third habit on chosen weekdays (Mon–Fri are ticked already; add Saturday).
    await createHabit('Stretch', async () => {
      await page.getByLabel('Schedule').selectOption('weekdays');
      await page.getByRole('checkbox', { name: 'Sat' }).check();
    });

    // Edit the measured habit.
    await row('Read').getByRole('link', { name: 'Read' }).click();
    await heading('Read').waitFor();
    await page.getByRole('link', { name: 'Edit' }).click();
    await heading('Edit Read').waitFor();
    await page.getByLabel('Commit for (days, optional)').fill('30');
    await capture('08-habit-edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await heading('Read').waitFor();
    await page.getByText('0 of 30 days').or(page.getByText('1 of 30 days')).waitFor();

    // Archive it; it leaves the board and waits under Archived; restore brings it back.
    await page.getByRole('button', { name: 'Archive' }).click();
    await heading('Today').waitFor();
    await row('Drink water').waitFor();
    assert.equal(await row('Read').count(), 0, 'an archived habit is not on the board');
    // Reorder with the keyboard while a habit is archived; the order survives a reload.
    await page.getByRole('button', { name: 'Reorder' }).click();
    await page.getByRole('button', { name: 'Move Stretch up' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Move Stretch down' }).waitFor();
    await capture('05b-board-reorder');
    await page.getByRole('button', { name: 'Done reordering' }).click();
    await page.reload();
    await row('Stretch').waitFor();
    assert.deepEqual(await boardOrder(), ['Stretch', 'Drink water']);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archived' }).click();
    await heading('Archived habits').waitFor();
    await page.locator('[data-testid="archived-row"][data-habit-name="Read"]').waitFor();
    await capture('09-archived');
    await page.getByRole('button', { name: 'Restore Read' }).click();
    await page.getByText('Nothing archived').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await row('Read').waitFor();

    // A measured day on the strip asks for its amount: yesterday's 30 pages meet the target of 20.
    await stripDay('Read', yesterday).click();
    const amountDialog = page.getByRole('dialog', { name: /^Read on / });
    await amountDialog.waitFor();
    await capture('05e-board-amount-dialog', { fullPage: false });
    await amountDialog.getByLabel('Amount (pages)').fill('30');
    await amountDialog.getByRole('button', { name: 'Save' }).click();
    await amountDialog.waitFor({ state: 'detached' });
    await stripDay('Read', yesterday).and(page.locator('[data-look="done"]')).waitFor();
    await assertText(streakOf('Read'), '2');

    // The server stops mid-session: a check-in waits on this device and says so (Undo still works, and changes
    // what waits), a screen that cannot load says so (not "Nothing archived"), and once the server is back the
    // screen recovers and the waiting check-in is sent, both by themselves.
    serverDown = true;
    await switchServer('stop');
    const mid = stripDay('Drink water', addDays(today, -4));
    await mid.click();
    await page.getByText(/^Drink water, .*: saved on this device, to be sent when the server can be reached\./).waitFor();
    await mid.and(page.locator('[data-look="skipped"]')).waitFor();
    await page.getByTestId('outbox-pending').getByText('1 check-in waiting to be sent').waitFor();
    await row('Drink water').getByTestId('habit-waiting').waitFor();
    // (The Read amount's toast may still be up: this Undo is the one of Drink water's toast.)
    const waitingUndo = page.locator('.toast').filter({ hasText: /^Drink water, .*: saved on this device/ }).getByRole('button', { name: 'Undo' });
    await waitingUndo.focus(); // holds the toast through the screenshots
    await capture('17-server-down-waiting', { fullPage: false, keepToasts: true });
    await waitingUndo.click();
    await mid.and(page.locator('[data-look="done"]')).waitFor();
    await page.getByTestId('outbox-pending').getByText('1 check-in waiting to be sent').waitFor(); // the day's last change
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archived' }).click();
    await page.getByText('Could not load your archived habits.').waitFor();
    assert.equal(await page.getByText('Nothing archived').count(), 0, 'a failed load is not an empty list');
    await capture('18-server-down-loading');
    await switchServer('start');
    await page.getByText('Nothing archived').waitFor({ timeout: 40_000 }); // by itself: nobody presses "Try again"
    await page.getByTestId('outbox-pending').waitFor({ state: 'detached', timeout: 40_000 });
    serverDown = false;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await mid.and(page.locator('[data-look="done"]')).waitFor();
    await assertText(streakOf('Drink water'), '7');

    // A pause in the future, then removed.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pauses' }).click();
    await heading('Pauses').waitFor();
    await page.getByLabel('From').fill(addDays(today, 30));
    await page.getByLabel('To').fill(addDays(today, 36));
    await page.getByRole('button', { name: 'Add pause' }).click();
    await page.getByTestId('pause-row').waitFor();
    await capture('10-pauses');
    await page.getByTestId('pause-row').getByRole('button', { name: /^Delete pause/ }).click();
    await page.getByText('No pauses.').waitFor();

    // Settings, then log out and back in.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await heading('Settings').waitFor();
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    await capture('11-settings');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();

    // An API token: its secret is shown once, works for a script, is listed, and stops working when revoked.
    await page.getByText('No tokens yet.').waitFor();
    await page.getByLabel('Token name').fill('Nightly export script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secretField = page.getByLabel('Your new token');
    await secretField.waitFor();
    await page.getByText('Copy it now: you won’t see it again.').waitFor();
    const secret = await secretField.inputValue();
    assert.ok(secret.length >= 20, 'the secret is shown in full');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Copy token', 'focus is on the copy button');
    await capture('12-token-created');
    await page.getByRole('button', { name: 'Copy token' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);

    const script = await request.newContext({ baseURL: baseUrl() });
    const asScript = () => script.get('/api/habits', { headers: { Authorization: `Bearer ${secret}` } });
    try {
      const used = await asScript();
      assert.equal(used.status(), 200, 'the token opens the API without a session');
      assert.ok((await used.json()).habits.some((h) => h.name === 'Drink water'));

      await page.getByRole('button', { name: 'Done' }).click();
      assert.equal(await page.getByLabel('Your new token').count(), 0, 'the secret is gone from the page');
      assert.ok(!(await page.content()).includes(secret), 'nor is it anywhere in the document');
      await page.reload();
      const tokenRow = page.locator('[data-testid="token-row"][data-token-name="Nightly export script"]');
      await tokenRow.getByText(/last used/).waitFor(); // the script's call is recorded
      assert.equal(await page.getByLabel('Your new token').count(), 0, 'a reload never shows the secret again');
      await capture('12b-tokens');
      await page.getByRole('button', { name: 'Revoke token Nightly export script' }).click();
      await page.getByRole('dialog', { name: 'Revoke “Nightly export script”?' }).waitFor();
      await capture('13-token-revoke', { fullPage: false });
      await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
      await page.getByText('No tokens yet.').waitFor();
      assert.equal((await asScript()).status(), 401, 'a revoked token opens nothing');
    } finally {
      await script.dispose();
    }

    // A Loop Habit Tracker backup: a broken one is refused naming its file and line; a good one lands on the board.
    const loopFile = (color) => ({
      name: `Loop Habits CSV ${today}.zip`,
      mimeType: 'application/zip',
      buffer: loopBackup({ name: 'Meditate', question: 'Did you meditate this morning?', color, doneDays: [addDays(today, -1), addDays(today, -2)] }),
    });
    expectedRefusals = 1;
    await page.getByLabel('Import a file…').setInputFiles(loopFile('orange'));
    const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await refusal.waitFor();
    await refusal.getByText(/^Habits\.csv, line 2/).waitFor();
    await capture('14-import-refused');
    await page.getByLabel('Import a file…').setInputFiles(loopFile('#FF8F00'));
    const review = page.getByRole('form', { name: /^Import Loop Habits CSV/ });
    await review.getByText('1 habit, 2 check-ins.').waitFor();
    assert.equal(await review.getByRole('radio').count(), 0, 'a file of new habits in no settings asks nothing');
    await review.getByRole('button', { name: 'Import 1 habit' }).click();
    await page.getByText(/^Imported 1 habits, 2 check-ins/).waitFor();
    assert.equal(await refusal.count(), 0, 'the refusal is gone once an import succeeds');
    await capture('15-import-done');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await row('Meditate').waitFor();
    await assertText(streakOf('Meditate'), '2');
    await capture('16-board-imported');

    // The user's own export imported twice: each time its habits are found already here and skipped; the
    // second time the week start has changed since the export, so the import asks about settings too.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await heading('Settings').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()]);
    const exported = { name: 'my-export.json', mimeType: 'application/json', buffer: readFileSync(await download.path()) };
    const habitsInExport = JSON.parse(exported.buffer.toString('utf8')).habits.length;
    const ownExport = page.getByRole('form', { name: 'Import my-export.json?' });
    const duplicateQuestion = ownExport.getByRole('group', { name: new RegExp(`^${habitsInExport} habits are already here: `) });
    for (const time of ['first', 'second']) {
      await page.getByLabel('Import a file…').setInputFiles(exported);
      await duplicateQuestion.waitFor();
      assert.ok(await duplicateQuestion.getByRole('radio', { name: 'Skip them' }).isChecked(), `skip is the ${time} answer offered`);
      const settingsQuestion = ownExport.getByRole('group', { name: 'The file’s settings differ from yours' });
      if (time === 'first') {
        assert.equal(await settingsQuestion.count(), 0, 'the settings are asked about only when they differ');
        await capture('19-import-duplicates');
      } else {
        await settingsQuestion.getByText(/^Weeks start on: yours Wednesday/).waitFor();
        assert.ok(await settingsQuestion.getByRole('radio', { name: 'Keep mine' }).isChecked());
        await capture('19-import-duplicates-settings');
      }
      await ownExport.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByText(new RegExp(`^Imported 0 habits.*Skipped ${habitsInExport} already here\\.`)).waitFor();
      if (time === 'first') {
        await page.getByLabel('Weeks start on').selectOption('WEDNESDAY');
        await page.getByRole('button', { name: 'Save settings' }).click();
        await page.getByText('Settings saved.').waitFor();
      }
    }
    assert.equal(await page.getByLabel('Weeks start on').inputValue(), 'WEDNESDAY', 'kept: the file did not move the week');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await row('Meditate').waitFor();
    assert.deepEqual((await boardOrder()).sort(), ['Drink water', 'Meditate', 'Read', 'Stretch'], 'nothing was added twice');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await heading('Log in').waitFor();
    await page.goto('/');
    await heading('Log in').waitFor(); // the session really is gone

    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await heading('Today').waitFor();
    await assertText(streakOf('Drink water'), '7');
    await row('Read').waitFor();
    await row('Meditate').waitFor();
  } catch (error) {
    await reportFailure(page, 'failure', { a11yViolations, consoleErrors });
    if (serverDown) await switchServer('start').catch(() => undefined);
    throw error;
  }

  assertCleanRun({ screenshots, a11yViolations, consoleErrors });
});

async function assertText(locator, expected) {
  try {
    await locator.filter({ hasText: new RegExp(`^${expected}$`) }).waitFor({ timeout: TIMEOUT });
  } catch {
    assert.equal(await locator.textContent(), expected);
  }
}
