import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { json, mockApi, problem } from '../test/mock-api';
import { ApiError } from './api-error';
import { apiRequest } from './client';
import { setCsrfToken } from './csrf-token';

const okSchema = z.object({ ok: z.boolean() });

async function rejectionOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('apiRequest', () => {
  it('sends cookies and parses JSON through the schema', async () => {
    const api = mockApi({ 'GET /admin/thing': () => json(200, { ok: true, extra: 1 }) });
    await expect(apiRequest('/admin/thing', { schema: okSchema })).resolves.toEqual({ ok: true });
    expect(api.calls[0]?.credentials).toBe('include');
  });

  it('sends the in-memory CSRF token on mutations only', async () => {
    const api = mockApi({
      'GET /admin/thing': () => json(200, { ok: true }),
      'POST /admin/thing': () => json(200, { ok: true }),
      'DELETE /admin/thing': () => new Response(null, { status: 204 }),
    });
    setCsrfToken('csrf-123');

    await apiRequest('/admin/thing', { schema: okSchema });
    await apiRequest('/admin/thing', { method: 'POST', body: { a: 1 }, schema: okSchema });
    await apiRequest('/admin/thing', { method: 'DELETE', schema: z.undefined() });

    expect(api.calls.map((c) => [c.method, c.headers.get('x-csrf-token')])).toEqual([
      ['GET', null],
      ['POST', 'csrf-123'],
      ['DELETE', 'csrf-123'],
    ]);
    expect(api.calls[1]?.body).toEqual({ a: 1 });
  });

  it('turns problem+json into an ApiError with title, detail and status', async () => {
    mockApi({ 'POST /admin/thing': () => problem(409, 'Conflict', 'A provider with this name exists') });

    const error = await rejectionOf(apiRequest('/admin/thing', { method: 'POST', body: {}, schema: okSchema }));

    expect(error).toMatchObject({ status: 409, title: 'Conflict', detail: 'A provider with this name exists' });
    expect(error.problem?.type).toBe('about:blank');
  });

  it('copes with an error that is not problem+json', async () => {
    mockApi({
      'GET /admin/thing': () => new Response('upstream exploded', { status: 502, statusText: 'Bad Gateway' }),
    });
    const error = await rejectionOf(apiRequest('/admin/thing', { schema: okSchema }));
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', detail: 'upstream exploded' });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await rejectionOf(apiRequest('/admin/thing', { schema: okSchema }));
    expect(error.status).toBe(0);
    expect(error.isNetworkError).toBe(true);
  });

  it('rejects a response that does not match the schema', async () => {
    mockApi({ 'GET /admin/thing': () => json(200, { ok: 'yes' }) });
    const error = await rejectionOf(apiRequest('/admin/thing', { schema: okSchema }));
    expect(error).toMatchObject({ status: 200, title: 'Unexpected response' });
  });
});
