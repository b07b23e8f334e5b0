/**
 * Shared types and small helpers of the mock upstream: the parsed request, the response a protocol
 * builder produces, deterministic usage numbers and text chunking.
 */

export type JsonObject = { [key: string]: unknown };

/** Which error envelope a route speaks. */
export type ErrorFamily = 'anthropic' | 'openai' | 'google';

export interface MockRequest {
  method: string;
  /** Path without the query string. */
  pathname: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  rawBody: string;
  /** Parsed JSON body when it is an object, else null. */
  body: JsonObject | null;
  /** UTF-8 byte length of the body as received. */
  bodyBytes: number;
}

export interface MockContext {
  name: string;
  tokensPerStream: number;
  omitCacheTtlSplit: boolean;
  /** Unique id with a prefix, e.g. `msg_` → `msg_mockA_000001`. */
  nextId(prefix: string): string;
}

export type ErrorEventVariant = 'error' | 'after-preamble';

export type MockResponse =
  | { type: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { type: 'text'; status: number; body: string; contentType: string; headers?: Record<string, string> }
  | {
      type: 'stream';
      contentType: string;
      /** Each entry is written with its own write() call (one SSE event or one JSON-array element). */
      frames: string[];
      /** What the `error-event` fault sends instead of `frames` (built only when needed). */
      errorFrames: (variant?: ErrorEventVariant) => string[];
    };

/** Deterministic usage constants; see `baseInputTokens` for the variable part. */
export const MOCK_USAGE = {
  cacheRead: 100,
  cacheCreation: 50,
  cacheCreation5m: 30,
  cacheCreation1h: 20,
  reasoning: 8,
} as const;

/**
 * Uncached input tokens the mock reports for a body: `10 + floor(bytes / 100)`.
 * Anthropic: `input_tokens` = this (cache read/creation reported separately).
 * OpenAI / Gemini: prompt/input tokens = this + MOCK_USAGE.cacheRead (cached tokens are included).
 * Output tokens = tokensPerStream (+ MOCK_USAGE.reasoning for OpenAI's completion/output tokens).
 */
export function baseInputTokens(bodyBytes: number): number {
  return 10 + Math.floor(bodyBytes / 100);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length > 0 ? value : fallback;
}

/** Text of a content value: a string, or an array of parts with `text` fields (any protocol). */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const texts: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') texts.push(part);
    else if (isObject(part) && typeof part.text === 'string') texts.push(part.text);
  }
  return texts.join(' ');
}

/** Last message whose role is `user` (or has no role, as Gemini allows) in a list of messages. */
export function lastUserText(messages: unknown, contentKey: 'content' | 'parts'): string {
  if (typeof messages === 'string') return messages;
  if (!Array.isArray(messages)) return '';
  for (let i = messages.length - 1; i >= 0; i--) {
    const m: unknown = messages[i];
    if (!isObject(m)) continue;
    if (m.role !== undefined && m.role !== 'user') continue;
    const text = textOf(m[contentKey]);
    if (text) return text;
  }
  return '';
}

const ECHO_LIMIT = 500;

/** `hello from A` plus `: <last user text>` (truncated). */
export function answerText(name: string, userText: string): string {
  const echo = userText.length > ECHO_LIMIT ? `${userText.slice(0, ECHO_LIMIT)}…` : userText;
  return echo ? `hello from ${name}: ${echo}` : `hello from ${name}`;
}

/** Splits text into exactly `n` non-empty pieces (pads the text when it is shorter than n). */
export function splitText(text: string, n: number): string[] {
  const count = Math.max(1, Math.floor(n));
  let padded = text;
  while (padded.length < count) padded += ' ok';
  const size = Math.floor(padded.length / count);
  const pieces: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = i * size;
    pieces.push(i === count - 1 ? padded.slice(start) : padded.slice(start, start + size));
  }
  return pieces;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
