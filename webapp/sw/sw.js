/*
 * The Habit Tracker service worker, hand-written (no library: what it does fits in this file).
 * - The app shell (index.html as "/", the hashed assets, the manifest and icons) is cached at install, in a
 *   cache named after this build, so every navigation works offline; the previous build's cache goes at activate.
 * - The few reads the app needs to start and show the board (who is this, the profile, the board, the strips'
 *   history) are network-first: the last good answer is kept and, when the network fails, answered with an
 *   `X-Habits-Cached-At` header so the page can say how old it is.
 * - Writes are never touched here: the page queues check-ins made offline (src/lib/outbox.ts).
 * - A push message shows a reminder; its Done and Snooze actions call the API, and open the app when that fails.
 * The build (sw/plugin.ts) replaces the two placeholders below.
 */
const VERSION = '__HABITS_SW_VERSION__';
const PRECACHE = /* __HABITS_PRECACHE__ */ ['/'];
const SHELL_CACHE = `habits-shell-${VERSION}`;
/** The page deletes this cache on log out (src/pwa/offlineData.ts): the same name lives there. */
const API_CACHE = 'habits-api';
const CACHED_AT = 'X-Habits-Cached-At';
const ICON = '/icons/icon-192.png';

self.addEventListener('install', (event) => {
  // `reload`: past the browser's HTTP cache, so the shell is this build's.
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('habits-shell-') && n !== SHELL_CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

/** The reads kept for offline use: exact paths (the board without `?archived`) and the strips' history. */
function keptForOffline(url) {
  if (url.pathname === '/api/auth/check' || url.pathname === '/api/me') return url.search === '';
  if (url.pathname === '/api/habits') return url.search === '';
  return /^\/api\/habits\/[^/]+\/checkins$/.test(url.pathname);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    if (keptForOffline(url)) event.respondWith(networkFirst(request));
    return;
  }
  if (url.pathname === '/health' || url.pathname.startsWith('/health/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => shellResponse()));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: SHELL_CACHE }).then((hit) => hit ?? fetch(request)));
});

async function shellResponse() {
  const shell = await caches.match('/', { cacheName: SHELL_CACHE });
  return shell ?? Response.error();
}

/** 502–504: a proxy in front (CloudFront, API Gateway) answering for a server that is not there. */
const GATEWAY_DOWN = [502, 503, 504];

async function networkFirst(request) {
  const cache = await caches.open(API_CACHE);
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
  if (response.ok) {
    const headers = new Headers(response.headers);
    headers.set(CACHED_AT, new Date().toISOString());
    const copy = new Response(await response.clone().blob(), { status: response.status, statusText: response.statusText, headers });
    await cache.put(request, copy);
  } else if (response.status === 401) {
    await caches.delete(API_CACHE); // the session is gone: nothing of it stays on the device
  } else if (GATEWAY_DOWN.includes(response.status)) {
    const kept = await cache.match(request);
    if (kept) return kept;
  }
  return response;
}

// ---------------------------------------------------------------------------------------------------------
// Reminders (the payload of docs/openapi.yaml's push section)

/** What a push message shows; a payload that is not ours still shows something (userVisibleOnly). */
function reminderNotification(payload) {
  const reminder = payload && typeof payload === 'object' && payload.type === 'reminder' && typeof payload.habitId === 'string';
  if (!reminder) return { title: 'Habit Tracker', options: { body: 'Time to check in on your habits.', icon: ICON, data: { url: '/' } } };
  const actions = payload.measured ? [{ action: 'open', title: 'Open' }] : [{ action: 'done', title: 'Done' }, { action: 'snooze', title: 'Snooze' }];
  return {
    title: String(payload.title || 'Habit Tracker'),
    options: {
      body: String(payload.body || ''),
      icon: ICON,
      tag: `reminder-${payload.habitId}`,
      renotify: true,
      actions,
      data: { url: appPath(payload.url), habitId: payload.habitId, day: payload.day, measured: !!payload.measured },
    },
  };
}

/** Only a path of this app, never another site. */
function appPath(url) {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

function parsePush(data) {
  if (!data) return null;
  try {
    return data.json();
  } catch {
    return null;
  }
}

self.addEventListener('push', (event) => {
  const { title, options } = reminderNotification(parsePush(event.data));
  event.waitUntil(self.registration.showNotification(title, options));
});

async function callApi(method, path, body) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.ok;
}

/** Done or Snooze through the API; anything else, or a failure (the session expired, offline), opens the app. */
async function handleNotificationClick(data, action) {
  const habit = data && typeof data.habitId === 'string' ? encodeURIComponent(data.habitId) : null;
  const url = appPath(data && data.url);
  let recorded = false;
  try {
    if (habit && action === 'done' && !data.measured && /^\d{4}-\d{2}-\d{2}$/.test(String(data.day))) {
      recorded = await callApi('PUT', `/api/habits/${habit}/checkins/${data.day}`, { status: 'DONE' });
    } else if (habit && action === 'snooze') {
      recorded = await callApi('POST', `/api/habits/${habit}/reminder/snooze`, {});
    }
  } catch {
    recorded = false;
  }
  if (recorded) {
    // An open board shows the change at once.
    const windows = await self.clients.matchAll({ type: 'window' });
    windows.forEach((client) => client.postMessage({ type: 'habits-changed', habitId: data.habitId }));
    return action;
  }
  await openApp(url);
  return 'opened';
}

async function openApp(url) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  // Focusing or opening a window needs the click's user activation; without it (a test calling this) they refuse.
  if (open) {
    await open.focus().catch(() => undefined);
    const moved = await open.navigate(url).then(Boolean, () => false);
    if (moved) return;
  }
  await self.clients.openWindow(url).catch(() => undefined);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(handleNotificationClick(event.notification.data, event.action));
});

// The browser test calls these directly (a synthetic click cannot wait on its work).
self.habits = { reminderNotification, handleNotificationClick };
