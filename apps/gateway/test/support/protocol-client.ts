import { randomUUID } from 'node:crypto';
import type { ProviderType } from '@cch/core';

/** One HTTP answer from the gateway, read whole. */
export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function postJson(url: string, headers: Record<string, string>, body: unknown): Promise<CallResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
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

export interface ProtocolCallOptions {
  key?: string;
  stream?: boolean;
  /**
   * The protocol's session id (header or body field, as its client sends it); fresh per call
   * unless given, '' sends none.
   */
  sessionId?: string;
  model?: string;
  headers?: Record<string, string>;
  prompt?: string;
}

/** How a client of one protocol talks to the gateway, for table-driven tests. */
export interface ProtocolCase {
  name: string;
  providerType: ProviderType;
  model: string;
  call(gatewayUrl: string, options: ProtocolCallOptions): Promise<CallResult>;
  /** The marker a complete streamed answer ends with. */
  streamEnd: RegExp;
}

/** Real clients send a session id on every call: a fresh one unless the test gives one ('' = none). */
function session(o: ProtocolCallOptions, place: (id: string) => Record<string, string>): Record<string, string> {
  const id = o.sessionId ?? randomUUID();
  return id ? place(id) : {};
}

const bearer = (key?: string): Record<string, string> => (key ? { authorization: `Bearer ${key}` } : {});
const googKey = (key?: string): Record<string, string> => (key ? { 'x-goog-api-key': key } : {});

export const RESPONSES: ProtocolCase = {
  name: 'OpenAI Responses (Codex)',
  providerType: 'codex',
  model: 'gpt-5-codex',
  streamEnd: /event: response\.completed/,
  call: (url, o) =>
    postJson(
      `${url}/v1/responses`,
      { ...bearer(o.key), ...session(o, (id) => ({ session_id: id })), originator: 'codex_exec', ...o.headers },
      {
        model: o.model ?? 'gpt-5-codex',
        instructions: 'be brief',
        store: false,
        stream: o.stream ?? false,
        input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: o.prompt ?? 'say hi' }] }],
      },
    ),
};

export const CHAT: ProtocolCase = {
  name: 'OpenAI Chat Completions',
  providerType: 'openai-compatible',
  model: 'gpt-5',
  streamEnd: /data: \[DONE\]/,
  call: (url, o) =>
    postJson(
      `${url}/v1/chat/completions`,
      { ...bearer(o.key), ...o.headers },
      {
        model: o.model ?? 'gpt-5',
        stream: o.stream ?? false,
        ...session(o, (id) => ({ prompt_cache_key: id })),
        messages: [{ role: 'user', content: o.prompt ?? 'say hi' }],
      },
    ),
};

const geminiContents = (prompt?: string) => [{ role: 'user', parts: [{ text: prompt ?? 'say hi' }] }];

export const GEMINI: ProtocolCase = {
  name: 'Gemini',
  providerType: 'gemini',
  model: 'gemini-2.5-flash',
  streamEnd: /"finishReason":"STOP"/,
  call: (url, o) => {
    const method = o.stream ? 'streamGenerateContent?alt=sse' : 'generateContent';
    const headers = { ...googKey(o.key), ...session(o, (id) => ({ 'x-gemini-session-id': id })), ...o.headers };
    return postJson(`${url}/v1beta/models/${o.model ?? 'gemini-2.5-flash'}:${method}`, headers, {
      contents: geminiContents(o.prompt),
    });
  },
};

export const CODE_ASSIST: ProtocolCase = {
  name: 'Gemini CLI (Code Assist)',
  providerType: 'gemini-cli',
  model: 'gemini-2.5-pro',
  streamEnd: /"finishReason":"STOP"/,
  call: (url, o) => {
    const method = o.stream ? 'streamGenerateContent?alt=sse' : 'generateContent';
    return postJson(
      `${url}/v1internal:${method}`,
      { ...bearer(o.key), ...o.headers },
      {
        model: o.model ?? 'gemini-2.5-pro',
        project: 'p',
        user_prompt_id: 'u1',
        request: { contents: geminiContents(o.prompt), ...session(o, (id) => ({ session_id: id })) },
      },
    );
  },
};

/** The `x-mock-upstream` name of whoever answered. */
export function servedBy(result: { headers: Headers }): string | null {
  return result.headers.get('x-mock-upstream');
}
