import { TEST_ADMIN_TOKEN } from './gateway-harness.js';

export interface AdminResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; null when it is not JSON. */
  json: unknown;
}

export interface AdminAuth {
  /** Bearer token; default the test admin token. null sends none. */
  token?: string | null;
  cookie?: string;
  csrf?: string;
}

/** One admin API call over real HTTP; Bearer admin token unless told otherwise. */
export async function adminFetch(
  baseUrl: string,
  method: string,
  path: string,
  options: AdminAuth & { body?: unknown } = {},
): Promise<AdminResponse> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? TEST_ADMIN_TOKEN : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}/admin${path}`, {
    method,
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Signs in like the console; returns the cookie to send back and the CSRF token. */
export async function signIn(
  baseUrl: string,
  token: string,
): Promise<{ cookie: string; csrf: string; role: string; setCookie: string }> {
  const response = await adminFetch(baseUrl, 'POST', '/auth/login', { token: null, body: { token } });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const body = response.json as { csrfToken: string; role: string };
  return { cookie: setCookie.split(';')[0] ?? '', csrf: body.csrfToken, role: body.role, setCookie };
}

/** The body as a record, for reading fields in assertions. */
export function body(response: AdminResponse): Record<string, unknown> {
  return response.json as Record<string, unknown>; // tests read fields they just asserted on
}
