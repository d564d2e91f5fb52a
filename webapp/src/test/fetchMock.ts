/** Fetch replaced at the boundary: answers by method and path, and remembers every request. */
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Reply = { status?: number; body?: unknown; contentType?: string; headers?: Record<string, string> } | 'network-error';
type Handler = (request: RecordedRequest) => Reply;

export function json(body: unknown, status = 200): Reply {
  return { status, body };
}

export function problem(status: number, body: Record<string, unknown>): Reply {
  return { status, body, contentType: 'application/problem+json' };
}

export function mockFetch(routes: Record<string, Handler | Reply>) {
  const requests: RecordedRequest[] = [];
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries((init?.headers as Record<string, string>) ?? {}));
    // JSON bodies are recorded parsed; anything else (an uploaded file) as it was given.
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = { method, path: url, headers, body: text ? JSON.parse(text) : (init?.body ?? undefined) };
    requests.push(request);
    const route = routes[`${method} ${url}`] ?? routes[`${method} ${url.split('?')[0]}`] ?? wildcard(routes, `${method} ${url.split('?')[0]}`);
    if (!route) throw new Error(`unexpected request ${method} ${url}`);
    const reply = typeof route === 'function' ? route(request) : route;
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    const status = reply.status ?? 200;
    if (status === 204 || reply.body === undefined) return new Response(null, { status });
    return new Response(JSON.stringify(reply.body), {
      status,
      headers: { 'content-type': reply.contentType ?? 'application/json', ...reply.headers },
    });
  });
  vi.stubGlobal('fetch', spy);
  return { requests, spy };
}

/** A route written with `*` for one path segment (`PUT /api/habits/h1/checkins/*`). */
function wildcard<T>(routes: Record<string, T>, target: string): T | undefined {
  for (const [key, route] of Object.entries(routes)) {
    if (!key.includes('*')) continue;
    const pattern = new RegExp(`^${key.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('[^/]+')}$`);
    if (pattern.test(target)) return route;
  }
  return undefined;
}
