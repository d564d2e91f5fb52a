// DEV ONLY: a small in-memory stand-in for the real API (DESIGN.md §5) that also serves dist/, so the
// SPA and its browser tests can be run before the real local server exists:
//   npm run build && node dev/mock-server.mjs            (PORT, default 5174)
//   BASE_URL=http://127.0.0.1:5174 npm run e2e
// Habit semantics are simplified (period schedules never miss, the score is Loop's formula for a
// daily habit); the real rules live in the Java domain. Nothing here ships in the jar.
import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const PORT = Number(process.env.PORT ?? 5174);
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const users = new Map(); // id -> user
const sessions = new Map(); // token -> userId
const habits = new Map(); // id -> habit (with owner)
const checkins = new Map(); // habitId -> Map(day -> checkin)
const pauses = new Map(); // id -> pause (with owner)

// ---- calendar days as UTC dates (the mock runs on the server side of the contract) ----
const dayMs = 86_400_000;
const toMs = (day) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day, n) => fromMs(toMs(day) + n * dayMs);
const weekdayOf = (day) => WEEKDAYS[(new Date(toMs(day)).getUTCDay() + 6) % 7];
function todayOf(user) {
  const shifted = new Date(Date.now() - user.dayStartHour * 3_600_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: user.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(shifted);
}

// ---- HTTP helpers ----
function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...(text ? { 'content-type': 'application/json' } : {}), ...headers });
  res.end(text);
}
function problem(res, status, title, errors) {
  res.writeHead(status, { 'content-type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, ...(errors ? { errors } : {}) }));
}
async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}
function cookieToken(req) {
  const match = /(?:^|;\s*)session=([^;]+)/.exec(req.headers.cookie ?? '');
  return match?.[1];
}

// ---- habit semantics (simplified) ----
function scheduled(habit, day) {
  return habit.schedule.type !== 'weekdays' || habit.schedule.days.includes(weekdayOf(day));
}
function meets(habit, c) {
  if (!c || c.status !== 'DONE') return false;
  if (habit.goal.type !== 'measured') return true;
  return habit.goal.direction === 'AT_MOST' ? c.amount <= habit.goal.target : c.amount >= habit.goal.target;
}
function paused(habit, day) {
  for (const p of pauses.values())
    if (p.owner === habit.owner && (!p.habitId || p.habitId === habit.id) && p.from <= day && day <= p.to) return true;
  return false;
}
function timeline(habit, today) {
  const entries = checkins.get(habit.id) ?? new Map();
  let first = habit.startDate;
  for (const day of entries.keys()) if (day < first) first = day;
  const days = [];
  for (let day = first; day <= today; day = addDays(day, 1)) {
    const c = entries.get(day);
    let state;
    if (meets(habit, c)) state = 'SATISFIED';
    else if (c?.status === 'SKIPPED' || paused(habit, day) || !scheduled(habit, day) || !['daily', 'weekdays'].includes(habit.schedule.type)) state = 'EXCUSED';
    else state = day === today ? 'PENDING' : 'MISSED';
    days.push({ day, state });
  }
  return days;
}
function streaks(days) {
  let current = 0;
  let best = 0;
  let run = 0;
  for (const { state } of days) {
    if (state === 'MISSED') run = 0;
    else if (state === 'SATISFIED') run++;
    best = Math.max(best, run);
  }
  current = run;
  return { current, best };
}
function scoreSeries(days) {
  const m = 0.5 ** (1 / 13);
  let score = 0;
  return days.map(({ day, state }) => {
    if (state === 'SATISFIED') score = score * m + (1 - m);
    else if (state === 'MISSED') score = score * m;
    return { day, score: Math.round(score * 1000) / 10 };
  });
}
function habitJson(h) {
  const { owner: _owner, ...rest } = h;
  return rest;
}
function summary(habit, today) {
  const days = timeline(habit, today);
  const c = checkins.get(habit.id)?.get(today);
  const series = scoreSeries(days);
  return {
    ...habitJson(habit),
    todayStatus: c ? c.status : scheduled(habit, today) ? 'PENDING' : 'NOT_DUE',
    todayAmount: c?.amount ?? null,
    currentStreak: streaks(days).current,
    score: series.at(-1)?.score ?? 0,
  };
}
function validateHabit(body, partial) {
  const errors = [];
  const has = (k) => body[k] !== undefined;
  if (!partial || has('name')) {
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    if (!name || name.length > 100) errors.push({ field: 'name', message: 'must be 1 to 100 characters' });
  }
  if (has('color') && !/^#[0-9a-fA-F]{6}$/.test(body.color)) errors.push({ field: 'color', message: 'must be a colour like #00897b' });
  if (!partial || has('schedule')) {
    const s = body.schedule ?? {};
    const times = Number(s.times);
    if (s.type === 'weekdays' && !(Array.isArray(s.days) && s.days.length)) errors.push({ field: 'schedule.days', message: 'must not be empty' });
    else if (s.type === 'timesPerWindow' && !(times >= 1 && times <= s.days && s.days <= 365)) errors.push({ field: 'schedule.times', message: 'must be between 1 and days' });
    else if (s.type === 'timesPerWeek' && !(times >= 1 && times <= 7)) errors.push({ field: 'schedule.times', message: 'must be between 1 and 7' });
    else if (s.type === 'timesPerMonth' && !(times >= 1 && times <= 31)) errors.push({ field: 'schedule.times', message: 'must be between 1 and 31' });
    else if (!['daily', 'weekdays', 'timesPerWindow', 'timesPerWeek', 'timesPerMonth'].includes(s.type)) errors.push({ field: 'schedule.type', message: 'unknown schedule' });
  }
  if (body.goal?.type === 'measured' && !(Number(body.goal.target) >= 0)) errors.push({ field: 'goal.target', message: 'must be 0 or more' });
  if (body.commitmentDays != null && !(body.commitmentDays >= 3 && body.commitmentDays <= 365)) errors.push({ field: 'commitmentDays', message: 'must be between 3 and 365' });
  return errors;
}

// ---- routes ----
async function api(req, res, url) {
  const method = req.method;
  const path = url.pathname;
  if (method !== 'GET') {
    const origin = req.headers.origin;
    if (origin && origin !== `http://${req.headers.host}`) return problem(res, 403, 'Cross-origin request refused');
    if (req.headers['content-length'] !== '0' && req.headers['content-length'] && !(req.headers['content-type'] ?? '').includes('application/json'))
      return problem(res, 415, 'Content-Type must be application/json');
  }
  const body = method === 'GET' ? {} : await readJson(req).catch(() => null);
  if (body === null) return problem(res, 400, 'Malformed JSON');

  if (path === '/api/auth/register' && method === 'POST') {
    if (!/^[A-Za-z0-9._-]{3,32}$/.test(body.username ?? '')) return problem(res, 400, 'Validation failed', [{ field: 'username', message: 'must be 3 to 32 letters, digits, ., - or _' }]);
    if ((body.password ?? '').length < 8) return problem(res, 400, 'Validation failed', [{ field: 'password', message: 'size must be between 8 and 128' }]);
    if ([...users.values()].some((u) => u.username === body.username)) return problem(res, 409, 'Username taken');
    const user = { userId: randomUUID(), username: body.username, password: body.password, timeZone: body.timeZone || 'UTC', dayStartHour: 0, weekStart: 'MONDAY' };
    users.set(user.userId, user);
    return startSession(res, user, 201);
  }
  if (path === '/api/auth/login' && method === 'POST') {
    const user = [...users.values()].find((u) => u.username === body.username && u.password === body.password);
    if (!user) return problem(res, 401, 'Wrong username or password');
    return startSession(res, user, 200);
  }
  const token = cookieToken(req);
  const user = users.get(sessions.get(token));
  if (path === '/api/auth/check') return send(res, 200, user ? { authenticated: true, userId: user.userId, username: user.username } : { authenticated: false, userId: null, username: null });
  if (path === '/api/auth/logout' && method === 'POST') {
    sessions.delete(token);
    return send(res, 204, undefined, { 'set-cookie': 'session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0' });
  }
  if (!user) return problem(res, 401, 'Unauthorized');
  const { password: _pw, ...me } = user;
  const today = todayOf(user);

  if (path === '/api/me') {
    if (method === 'GET') return send(res, 200, me);
    if (method === 'PATCH') {
      for (const key of ['timeZone', 'dayStartHour', 'weekStart']) if (body[key] !== undefined) user[key] = body[key];
      const { password: _p, ...updated } = user;
      return send(res, 200, updated);
    }
    if (method === 'DELETE') {
      if (body.password !== user.password) return problem(res, 403, 'Wrong password');
      users.delete(user.userId);
      return send(res, 204);
    }
  }
  const mine = () => [...habits.values()].filter((h) => h.owner === user.userId).sort((a, b) => a.position - b.position);
  if (path === '/api/habits' && method === 'GET') {
    // Like the real API today, any query is ignored: the answer is always the board.
    return send(res, 200, { today, habits: mine().filter((h) => !h.archived).map((h) => summary(h, today)) });
  }
  if (path === '/api/habits' && method === 'POST') {
    const errors = validateHabit(body, false);
    if (errors.length) return problem(res, 400, 'Validation failed', errors);
    const habit = {
      id: randomUUID(), owner: user.userId, name: body.name.trim(), description: body.description ?? null, color: body.color ?? '#00897b',
      emoji: body.emoji ?? null, schedule: body.schedule, goal: body.goal ?? { type: 'yesNo' }, startDate: body.startDate ?? today,
      commitmentDays: body.commitmentDays ?? null, archived: false, position: mine().length, createdAt: new Date().toISOString(),
    };
    habits.set(habit.id, habit);
    return send(res, 201, habitJson(habit), { location: `/api/habits/${habit.id}` });
  }
  if (path === '/api/habits/order' && method === 'PUT') {
    (body.order ?? []).forEach((id, i) => { const h = habits.get(id); if (h?.owner === user.userId) h.position = i; });
    return send(res, 200, { habits: mine().map(habitJson) });
  }
  if (path === '/api/pauses') {
    if (method === 'GET') return send(res, 200, { pauses: [...pauses.values()].filter((p) => p.owner === user.userId).map(({ owner: _o, ...p }) => p) });
    if (method === 'POST') {
      if (!body.from || !body.to || body.from > body.to) return problem(res, 400, 'Validation failed', [{ field: 'to', message: 'must not be before from' }]);
      const pause = { id: randomUUID(), owner: user.userId, habitId: body.habitId ?? null, from: body.from, to: body.to };
      pauses.set(pause.id, pause);
      const { owner: _o, ...out } = pause;
      return send(res, 201, out);
    }
  }
  const pauseMatch = /^\/api\/pauses\/([^/]+)$/.exec(path);
  if (pauseMatch && method === 'DELETE') {
    pauses.delete(pauseMatch[1]);
    return send(res, 204);
  }
  if (path === '/api/export' && method === 'GET') {
    // The real API's versioned format: habits carry their check-ins.
    return send(res, 200, {
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      username: user.username,
      settings: { timeZone: user.timeZone, dayStartHour: user.dayStartHour, weekStart: user.weekStart },
      habits: mine().map((h) => ({ ...habitJson(h), checkins: [...(checkins.get(h.id) ?? new Map()).values()], milestones: [] })),
      pauses: [...pauses.values()].filter((p) => p.owner === user.userId).map(({ owner: _o, ...p }) => p),
    });
  }
  if (path === '/api/import' && method === 'POST') {
    let count = 0;
    let entries = 0;
    for (const { checkins: list = [], milestones: _m, ...h } of body.habits ?? []) {
      const id = randomUUID();
      habits.set(id, { ...h, id, owner: user.userId, position: mine().length });
      checkins.set(id, new Map(list.map((c) => [c.day, { day: c.day, status: c.status, amount: c.amount ?? null, note: c.note ?? null }])));
      entries += list.length;
      count++;
    }
    return send(res, 200, { habits: count, checkIns: entries, pauses: 0, milestones: 0 });
  }
  const m = /^\/api\/habits\/([^/]+)(?:\/(archive|unarchive|stats|checkins)(?:\/(\d{4}-\d{2}-\d{2}))?)?$/.exec(path);
  const habit = m && habits.get(m[1]);
  if (!habit || habit.owner !== user.userId) return problem(res, 404, 'Not found');
  const [, , action, day] = m;
  if (!action) {
    if (method === 'GET') return send(res, 200, habitJson(habit));
    if (method === 'DELETE') { habits.delete(habit.id); checkins.delete(habit.id); return send(res, 204); }
    if (method === 'PATCH') {
      const errors = validateHabit(body, true);
      if (errors.length) return problem(res, 400, 'Validation failed', errors);
      for (const key of ['name', 'description', 'color', 'emoji', 'schedule', 'goal', 'startDate', 'commitmentDays']) if (body[key] !== undefined) habit[key] = body[key];
      return send(res, 200, habitJson(habit));
    }
  }
  if (action === 'archive' || action === 'unarchive') {
    habit.archived = action === 'archive';
    return send(res, 200, habitJson(habit));
  }
  if (action === 'checkins' && day) {
    if (day > today) return problem(res, 400, 'Validation failed', [{ field: 'day', message: 'must not be after today' }]);
    const map = checkins.get(habit.id) ?? new Map();
    checkins.set(habit.id, map);
    if (method === 'DELETE') { map.delete(day); return send(res, 204); }
    if (habit.goal.type === 'measured' && body.status === 'DONE' && body.amount == null) return problem(res, 400, 'Validation failed', [{ field: 'amount', message: 'is required for a measured habit' }]);
    const c = { day, status: body.status, amount: body.amount ?? null, note: body.note ?? null };
    map.set(day, c);
    return send(res, 200, c);
  }
  if (action === 'checkins') {
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    const days = timeline(habit, today).filter((d) => d.day >= from && d.day <= to);
    const list = [...(checkins.get(habit.id) ?? new Map()).values()].filter((c) => c.day >= from && c.day <= to).sort((a, b) => (a.day < b.day ? -1 : 1));
    return send(res, 200, { checkins: list, days });
  }
  if (action === 'stats') {
    const days = timeline(habit, today);
    const { current, best } = streaks(days);
    const series = scoreSeries(days);
    const rate = (n) => {
      const window = days.slice(-n);
      const sat = window.filter((d) => d.state === 'SATISFIED').length;
      const missed = window.filter((d) => d.state === 'MISSED').length;
      return sat + missed === 0 ? 0 : sat / (sat + missed);
    };
    const satisfied = days.filter((d) => d.state === 'SATISFIED');
    const byWeekday = Object.fromEntries(WEEKDAYS.map((w) => [w, satisfied.filter((d) => weekdayOf(d.day) === w).length]));
    const byMonth = {};
    for (const d of satisfied) byMonth[d.day.slice(0, 7)] = (byMonth[d.day.slice(0, 7)] ?? 0) + 1;
    const milestones = [7, 14, 30, 66, 100, 180, 365].filter((n) => best >= n).map((n) => ({ kind: `STREAK_${n}`, reachedOn: today }));
    return send(res, 200, {
      currentStreak: current, bestStreak: best, score: series.at(-1)?.score ?? 0, totalSatisfied: satisfied.length,
      completionRate: { last7: rate(7), last30: rate(30), last365: rate(365), allTime: rate(days.length) },
      byWeekday, byMonth, scoreSeries: series, milestones,
      commitment: habit.commitmentDays ? { days: habit.commitmentDays, satisfied: satisfied.length } : null,
    });
  }
  return problem(res, 405, 'Method not allowed');
}

function startSession(res, user, status) {
  const token = randomBytes(32).toString('base64url');
  sessions.set(token, user.userId);
  send(res, status, { userId: user.userId, username: user.username }, { 'set-cookie': `session=${token}; Path=/; HttpOnly; SameSite=Lax` });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
async function serveStatic(res, pathname) {
  const file = normalize(join(DIST, decodeURIComponent(pathname)));
  const inside = file.startsWith(DIST) && (await stat(file).then((s) => s.isFile(), () => false));
  const target = inside ? file : join(DIST, 'index.html'); // client-side routes get the app
  res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
  res.end(await readFile(target));
}

createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  try {
    if (url.pathname.startsWith('/api/')) await api(req, res, url);
    else if (url.pathname === '/health') send(res, 200, { status: 'ok' });
    else await serveStatic(res, url.pathname);
  } catch (error) {
    console.error(error);
    problem(res, 500, 'Mock server error');
  }
}).listen(PORT, '127.0.0.1', () => console.log(`mock API and SPA on http://127.0.0.1:${PORT}`));
