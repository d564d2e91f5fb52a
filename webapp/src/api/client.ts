/**
 * The one place the app talks HTTP. It sends the session cookie (same origin), labels every
 * state-changing request with its media type (JSON unless it uploads a file; the server's CSRF rule),
 * turns problem details into errors with field messages, and reports a lost session (401) to whoever
 * registered for it.
 */
import type { ProblemDetails } from './types';

/** The server answered with an error status. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | null;
  readonly fieldErrors: Record<string, string>;

  constructor(status: number, problem: ProblemDetails | null) {
    super(problemMessage(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.fieldErrors = fieldErrorsOf(problem);
  }
}

/** The request never got an answer (offline, server down, connection reset). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Could not reach the server. Check your connection and try again.');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

/** Field messages keyed by the API's field path (e.g. `schedule.times`); several for one field are joined. */
export function fieldErrorsOf(problem: ProblemDetails | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    if (!error || typeof error.field !== 'string' || typeof error.message !== 'string') continue;
    const field = error.field.trim() || '_';
    result[field] = result[field] ? `${result[field]}; ${error.message}` : error.message;
  }
  return result;
}

/** One sentence for a toast or a form-level alert. */
export function problemMessage(status: number, problem: ProblemDetails | null): string {
  if (problem?.detail) return problem.detail;
  if (problem?.title) return problem.title;
  switch (status) {
    case 400:
      return 'The request was not valid.';
    case 401:
      return 'Please log in.';
    case 403:
      return 'That is not allowed.';
    case 404:
      return 'Not found.';
    case 409:
      return 'That conflicts with existing data.';
    case 413:
      return 'That is too large.';
    case 429:
      return 'Too many attempts. Please wait and try again.';
    default:
      return status >= 500 ? 'The server had a problem. Please try again.' : `Request failed (${status}).`;
  }
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler | null = null;

/** The app registers what to do when the session is gone (go to log in, then come back). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  body?: unknown;
  /** A body sent as is (an uploaded file or its text), labelled `contentType`. */
  rawBody?: string | Blob;
  /** The media type of `rawBody`; JSON unless said otherwise (a Loop backup is `application/zip`). */
  contentType?: string;
  /** False for calls where 401 is an ordinary answer (logging in with a wrong password). */
  redirectOnUnauthorized?: boolean;
  signal?: AbortSignal;
  /** Sees the answer's headers (a 2xx one), e.g. the service worker's mark on an answer from its cache. */
  onHeaders?: (headers: Headers) => void;
}

async function readProblem(response: Response): Promise<ProblemDetails | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const parsed: unknown = await response.json();
    return parsed && typeof parsed === 'object' ? (parsed as ProblemDetails) : null;
  } catch {
    return null;
  }
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const changesState = method !== 'GET' && method !== 'HEAD';
  if (changesState) headers['Content-Type'] = options.contentType ?? 'application/json';
  let body: string | Blob | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new NetworkError(cause);
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && options.redirectOnUnauthorized !== false) onUnauthorized?.();
    throw new ApiError(response.status, problem);
  }
  options.onHeaders?.(response.headers);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await response.json()) as T;
}

/** The message to show for any failure of a call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
