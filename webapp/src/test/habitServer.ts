/**
 * A small imitation of the check-in endpoints for the board's tests: check-ins per habit and day, the
 * history of a range with a simple daily rule (done → satisfied, skipped → excused, else missed; today
 * pending), and check-in answers with the updated board entry (the new server) or without (the old one).
 */
import type { Board, BoardHabit, CheckIn, History } from '../api/types';
import { daysInRange } from '../lib/dates';
import { json, problem, type RecordedRequest, type Reply } from './fetchMock';

export function habitServer(today: string, initial: BoardHabit[], { withEntry }: { withEntry: boolean }) {
  const habits = [...initial];
  const checkins = new Map<string, Map<string, CheckIn>>(habits.map((h) => [h.id, new Map()]));
  let down = false;
  let refusal: number | null = null;
  const entry = (id: string): BoardHabit => {
    const habit = habits.find((h) => h.id === id)!;
    const todays = checkins.get(id)!.get(today);
    let streak = 0;
    for (let day = today, i = 0; i < 400; i++) {
      const c = checkins.get(id)!.get(day);
      if (c?.status !== 'DONE' && !(i === 0 && !c)) break;
      if (c?.status === 'DONE') streak++;
      day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    }
    return { ...habit, todayStatus: todays ? todays.status : 'PENDING', todayAmount: todays?.amount ?? null, currentStreak: streak };
  };
  const board = (): Board => ({ today, habits: habits.map((h) => entry(h.id)) });
  const history = (id: string, from: string, to: string): History => {
    // Like the server: days from the habit's first day on.
    const start = habits.find((h) => h.id === id)!.startDate ?? from;
    const days = daysInRange(from > start ? from : start, to);
    const own = checkins.get(id)!;
    return {
      checkins: daysInRange(from, to).flatMap((d) => (own.has(d) ? [own.get(d)!] : [])),
      days: days.map((d) => ({
        day: d,
        state: own.get(d)?.status === 'DONE' ? 'SATISFIED' : own.get(d)?.status === 'SKIPPED' ? 'EXCUSED' : d === today ? 'PENDING' : 'MISSED',
      })),
    };
  };
  const routes: Record<string, (request: RecordedRequest) => Reply> = {
    'GET /api/habits': () => (down ? 'network-error' : json(board())),
  };
  for (const habit of habits) {
    routes[`PATCH /api/habits/${habit.id}`] = (request) => {
      const index = habits.findIndex((h) => h.id === habit.id);
      habits[index] = { ...habits[index]!, ...(request.body as Partial<BoardHabit>) };
      return json(habits[index]);
    };
    routes[`PUT /api/habits/${habit.id}/checkins/*`] = (request) => change(request);
    routes[`DELETE /api/habits/${habit.id}/checkins/*`] = (request) => change(request);
    routes[`GET /api/habits/${habit.id}/checkins`] = (request) => {
      if (down) return 'network-error';
      const query = new URLSearchParams(request.path.split('?')[1]);
      return json(history(habit.id, query.get('from')!, query.get('to')!));
    };
  }
  /** A PUT or DELETE of a check-in, as the server answers it. */
  const change = (request: RecordedRequest): Reply => {
    if (down) return 'network-error';
    if (refusal !== null) return problem(refusal, { status: refusal, detail: refusal >= 500 ? 'The server had a problem.' : 'The day is out of range.' });
    const [, , , id, , day] = request.path.split('/') as [string, string, string, string, string, string];
    if (request.method === 'PUT') {
      const body = request.body as Omit<CheckIn, 'day'>;
      const recorded: CheckIn = { day, ...body };
      checkins.get(id)!.set(day, recorded);
      return json(withEntry ? { ...recorded, entry: entry(id), today } : recorded);
    }
    checkins.get(id)!.delete(day);
    return withEntry ? json({ entry: entry(id), today }) : { status: 204 };
  };
  return {
    routes,
    change,
    checkins: (id: string) => Object.fromEntries(checkins.get(id)!),
    setDown: (value: boolean) => {
      down = value;
    },
    /** Check-in writes answer this status (a problem) until set back to null. */
    refuse: (status: number | null) => {
      refusal = status;
    },
  };
}
