import { vi } from 'vitest';
import type { Session } from '../api/auth';

export interface RecordedCall {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

type Handler = (call: RecordedCall) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function problem(status: number, title: string, detail?: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

export const adminSession: Session = { role: 'admin', name: 'admin', csrfToken: 'csrf-admin' };
export const userSession: Session = { role: 'user', name: 'alice', csrfToken: 'csrf-alice' };

/**
 * Replaces global fetch with a table of `'METHOD /path'` handlers and records every call.
 * An unmatched request fails the test loudly (404 problem) instead of hanging.
 */
export function mockApi(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const call: RecordedCall = {
      method,
      path: url.pathname,
      headers: new Headers(init?.headers),
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
      credentials: init?.credentials,
    };
    calls.push(call);
    const handler = routes[`${method} ${url.pathname}`];
    return handler ? handler(call) : problem(404, 'Not Found', `no mock for ${method} ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    fetchMock,
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
  };
}

/** The gateway's auth endpoints for a given starting session (null = logged out). */
export function authRoutes(initial: Session | null, loginAs: Session = adminSession): Record<string, Handler> {
  let current = initial;
  return {
    'GET /admin/console-config': () =>
      json(200, { siteTitle: 'Claude Code Hub', displayCurrency: 'USD', usdExchangeRate: '1', secureCookies: true }),
    'GET /admin/auth/me': () => (current ? json(200, current) : problem(401, 'Unauthorized', 'Not signed in')),
    'POST /admin/auth/login': (call) => {
      const body = call.body;
      const token = typeof body === 'object' && body !== null && 'token' in body ? body.token : undefined;
      if (token !== 'good-token') return problem(401, 'Unauthorized', 'Invalid admin token or user key');
      current = loginAs;
      return json(200, loginAs);
    },
    'POST /admin/auth/logout': () => {
      current = null;
      return new Response(null, { status: 204 });
    },
  };
}
