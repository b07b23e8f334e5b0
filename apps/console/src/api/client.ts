import type { ZodType } from 'zod';
import { ApiError } from './api-error';
import type { ProblemDetails } from './api-error';
import { getCsrfToken } from './csrf-token';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  method?: HttpMethod;
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as is instead of a JSON body (an uploaded file), with its own content type. */
  file?: { data: Blob; type: string };
  /** Validates the response body: the API is an edge, its JSON is `unknown` until parsed. */
  schema: ZodType<T>;
  signal?: AbortSignal;
}

const safeMethods = new Set<HttpMethod>(['GET']);

/** Calls the admin API (same origin, cookie session) and returns the validated JSON body. */
export async function apiRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  if (options.file) headers.set('content-type', options.file.type);
  const csrf = getCsrfToken();
  if (csrf && !safeMethods.has(method)) headers.set('x-csrf-token', csrf);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'include',
      body: options.file ? options.file.data : options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, title: 'Network error', detail: describe(cause) });
  }

  const body = await readBody(response);
  if (!response.ok) throw toApiError(response, body);

  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      title: 'Unexpected response',
      detail: `${method} ${path}: ${parsed.error.issues[0]?.message ?? 'invalid body'}`,
    });
  }
  return parsed.data;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toApiError(response: Response, body: unknown): ApiError {
  const problem = isProblem(body) ? body : undefined;
  const title = problem?.title ?? (response.statusText || `HTTP ${response.status}`);
  const detail = problem?.detail ?? (typeof body === 'string' && body !== '' ? body : undefined);
  return new ApiError({ status: response.status, title, detail, type: problem?.type, problem });
}

function isProblem(body: unknown): body is ProblemDetails {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  // Safe: checked above that body is a non-null, non-array object.
  const { title, detail, status, type } = body as Record<string, unknown>;
  return (
    (title === undefined || typeof title === 'string') &&
    (detail === undefined || typeof detail === 'string') &&
    (status === undefined || typeof status === 'number') &&
    (type === undefined || typeof type === 'string')
  );
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
