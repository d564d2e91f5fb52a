import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { ApiError, NetworkError, errorMessage, fieldErrorsOf, problemMessage, request, setUnauthorizedHandler } from './client';

afterEach(() => setUnauthorizedHandler(null));

describe('problem details', () => {
  it('keys field messages by the API field path', () => {
    const errors = fieldErrorsOf({
      title: 'Validation failed',
      status: 400,
      errors: [
        { field: 'schedule.times', message: 'must be between 1 and 365' },
        { field: 'name', message: 'must not be blank' },
      ],
    });
    expect(errors).toEqual({ 'schedule.times': 'must be between 1 and 365', name: 'must not be blank' });
  });

  it('joins several messages for the same field', () => {
    const errors = fieldErrorsOf({ errors: [{ field: 'name', message: 'a' }, { field: 'name', message: 'b' }] });
    expect(errors.name).toBe('a; b');
  });

  it('ignores malformed entries instead of failing', () => {
    const errors = fieldErrorsOf({ errors: [null as never, { field: 3 as never, message: 'x' }, { field: 'ok', message: 'fine' }] });
    expect(errors).toEqual({ ok: 'fine' });
  });

  it('prefers the detail, then the title, then a sentence for the status', () => {
    expect(problemMessage(400, { title: 'Validation failed', detail: 'schedule.times is wrong' })).toBe('schedule.times is wrong');
    expect(problemMessage(404, { title: 'Not found' })).toBe('Not found');
    expect(problemMessage(429, null)).toMatch(/too many/i);
    expect(problemMessage(503, null)).toMatch(/server/i);
  });
});

describe('request', () => {
  it('marks state-changing requests as JSON and sends the body', async () => {
    const { requests } = mockFetch({ 'PUT /api/habits/h1/checkins/2026-11-22': json({ day: '2026-11-22', status: 'DONE' }) });
    await request('PUT', '/api/habits/h1/checkins/2026-11-22', { body: { status: 'DONE' } });
    expect(requests[0]!.headers['Content-Type']).toBe('application/json');
    expect(requests[0]!.body).toEqual({ status: 'DONE' });
  });

  it('marks a bodiless POST as JSON too (the CSRF rule)', async () => {
    const { requests } = mockFetch({ 'POST /api/habits/h1/archive': json({ id: 'h1' }) });
    await request('POST', '/api/habits/h1/archive');
    expect(requests[0]!.headers['Content-Type']).toBe('application/json');
  });

  it('sends a file as it is, with the media type it is given', async () => {
    const { requests } = mockFetch({ 'POST /api/import': json({ habits: 1, checkIns: 0, pauses: 0, milestones: 0 }) });
    const zip = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04])]);
    await request('POST', '/api/import', { rawBody: zip, contentType: 'application/zip' });
    expect(requests[0]!.headers['Content-Type']).toBe('application/zip');
    expect(requests[0]!.body).toBe(zip);
  });

  it('sends no content type on a GET', async () => {
    const { requests } = mockFetch({ 'GET /api/habits': json({ today: '2026-11-22', habits: [] }) });
    await request('GET', '/api/habits');
    expect(requests[0]!.headers['Content-Type']).toBeUndefined();
  });

  it('sends the session cookie of this origin only', async () => {
    const { spy } = mockFetch({ 'GET /api/me': json({}) });
    await request('GET', '/api/me');
    expect(spy.mock.calls[0]![1]).toMatchObject({ credentials: 'same-origin' });
  });

  it('returns nothing for 204', async () => {
    mockFetch({ 'DELETE /api/habits/h1': { status: 204 } });
    await expect(request('DELETE', '/api/habits/h1')).resolves.toBeUndefined();
  });

  it('turns a problem+json answer into an ApiError with field errors', async () => {
    mockFetch({
      'POST /api/habits': problem(400, {
        title: 'Validation failed',
        status: 400,
        errors: [{ field: 'schedule.times', message: 'must be between 1 and 365' }],
      }),
    });
    const error = await request('POST', '/api/habits', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldErrors['schedule.times']).toBe('must be between 1 and 365');
  });

  it('reports a lost session to the registered handler', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    mockFetch({ 'GET /api/habits': problem(401, { title: 'Unauthorized', status: 401 }) });
    await expect(request('GET', '/api/habits')).rejects.toBeInstanceOf(ApiError);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('does not treat a wrong password as a lost session', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    mockFetch({ 'POST /api/auth/login': problem(401, { title: 'Unauthorized', status: 401 }) });
    await expect(request('POST', '/api/auth/login', { body: {}, redirectOnUnauthorized: false })).rejects.toBeInstanceOf(ApiError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a failed connection into a NetworkError with a readable message', async () => {
    mockFetch({ 'GET /api/habits': 'network-error' });
    const error = await request('GET', '/api/habits').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(errorMessage(error)).toMatch(/could not reach the server/i);
  });

  it('survives an error answer that is not JSON', async () => {
    mockFetch({ 'GET /api/habits': { status: 502, body: 'Bad gateway', contentType: 'text/plain' } });
    const error = (await request('GET', '/api/habits').catch((e: unknown) => e)) as ApiError;
    expect(error.problem).toBeNull();
    expect(error.message).toMatch(/server/i);
  });
});
