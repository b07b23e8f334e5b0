import { randomUUID } from 'node:crypto';

/** Minimal Anthropic-protocol calls for tests, with the headers Claude Code sends. */
export interface CallOptions {
  key?: string;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  stream?: boolean;
  /** Claude Code always sends one; a fresh id per call unless given ('' sends none). */
  sessionId?: string;
  path?: string;
}

export function messageBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'say hi' }], ...overrides };
}

export async function callMessages(
  baseUrl: string,
  options: CallOptions = {},
): Promise<{ status: number; headers: Headers; text: string; json: unknown }> {
  const sessionId = options.sessionId ?? randomUUID();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'anthropic-version': '2023-06-01',
    'user-agent': 'claude-cli/2.1.0 (external, cli)',
    ...(options.key && { 'x-api-key': options.key }),
    ...(sessionId && { 'x-claude-code-session-id': sessionId }),
    ...options.headers,
  };
  const body = options.body ?? messageBody(options.stream ? { stream: true } : {});
  const response = await fetch(`${baseUrl}${options.path ?? '/v1/messages?beta=true'}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
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

/** The `x-mock-upstream` name of whoever answered. */
export function servedBy(result: { headers: Headers }): string | null {
  return result.headers.get('x-mock-upstream');
}
