// What the browser tests share: screenshots with an axe check in both themes and sizes, the server switch,
// the console watch (every console error fails a run, except those a step provokes on purpose), a user.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { VIEWPORTS } from './browser.mjs';

// Every screenshot is taken in the light theme (test-results/) and in the dark one (test-results/dark/).
export const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));
const SCHEMES = { light: RESULTS, dark: `${RESULTS}dark/` };
export const TIMEOUT = 15_000;

/**
 * Screenshots at both sizes in both themes, and an axe check of each; the tests themselves run at desktop
 * size in the light theme. `keepToasts` for a screenshot that is about the toast (Undo, a rollback).
 */
export function capturer(page, { screenshots, a11yViolations }) {
  mkdirSync(SCHEMES.dark, { recursive: true });
  return async function capture(name, { fullPage = true, keepToasts = false } = {}) {
    // Toasts are fixed at the bottom and would hide what the screenshot is for; they are read by then.
    if (!keepToasts) await page.evaluate(() => document.querySelectorAll('.toast-close').forEach((button) => button.click()));
    for (const [scheme, folder] of Object.entries(SCHEMES)) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(150); // let layout and transitions settle
        const file = `${folder}${name}-${size}.png`;
        await page.screenshot({ path: file, fullPage });
        screenshots.push(file);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        for (const violation of results.violations) {
          if (violation.impact === 'serious' || violation.impact === 'critical') {
            a11yViolations.push(
              `${name} (${size}, ${scheme}): ${violation.id} [${violation.impact}] ${violation.help} — ${violation.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
            );
          }
        }
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(VIEWPORTS.desktop);
  };
}

/** Stops or starts the server under test (BrowserJourneyIT's switch); resolves once it is down, or up. */
export async function switchServer(action) {
  const url = process.env.SERVER_SWITCH_URL;
  if (!url) throw new Error('SERVER_SWITCH_URL is not set: the journey stops and restarts the server through it');
  const answer = await fetch(`${url}/${action}`, { method: 'POST' });
  assert.equal(answer.status, 204, `the server ${action} answered ${answer.status}: ${await answer.text()}`);
}

/** What a failed request looks like in Chromium's console while the server is stopped. */
export const SERVER_DOWN_MESSAGES = /ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE|ERR_FAILED|status of 50[234]/;

/**
 * A habit without a reminder: its reminder read answers 404 (docs/openapi.yaml) and the habit page shows "Off.";
 * Chromium logs that answer as a console error, which no browser test counts against the app.
 */
export function isNoReminderYet(message) {
  return /status of 404/.test(message.text()) && /\/api\/habits\/[^/]+\/reminder$/.test(message.location().url);
}

/** After a failed step: a screenshot named `name`, and what else had gone wrong before it. */
export async function reportFailure(page, name, { a11yViolations, consoleErrors }) {
  await page.screenshot({ path: `${RESULTS}${name}.png`, fullPage: true }).catch(() => undefined);
  console.log(`accessibility violations so far: ${JSON.stringify(a11yViolations, null, 2)}`);
  console.log(`console errors so far: ${JSON.stringify(consoleErrors, null, 2)}`);
}

/** The end of a browser test: its screenshots listed, and no accessibility violation or console error left. */
export function assertCleanRun({ screenshots, a11yViolations, consoleErrors }) {
  console.log(`screenshots:\n  ${screenshots.join('\n  ')}`);
  assert.deepEqual(a11yViolations, [], 'no serious or critical accessibility violations');
  assert.deepEqual(consoleErrors, [], 'no console errors');
}

/**
 * Collects the page's console errors into `errors`. `allowed(message)` names the ones a step provokes on
 * purpose (it returns true to let one pass).
 */
export function watchConsole(page, errors, allowed = () => false) {
  page.on('console', (message) => {
    if (message.type() !== 'error' || allowed(message)) return;
    errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
}

export function newUsername(prefix) {
  return `${prefix}_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Registers through the app's own form; the browser holds the session afterwards. */
export async function register(page, username, password = 'a long enough password') {
  await page.goto('/register');
  await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
}

/** A call of the API from the page: its session cookie, its origin (the CSRF rule), JSON both ways. */
export async function callApi(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

export function addDays(day, n) {
  const ms = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
