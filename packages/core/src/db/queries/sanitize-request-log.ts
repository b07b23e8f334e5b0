import type { NewRequestLog } from './new-request-log.js';

/**
 * The longest value each text column keeps. The columns are `text` (no limit of their own), but a
 * log row holds what clients and upstreams sent — model names, error messages, user agents — so
 * each gets a bound that no honest value reaches.
 */
export const REQUEST_LOG_TEXT_LIMITS = {
  requestId: 200,
  userId: 200,
  keyId: 200,
  providerId: 200,
  sessionId: 500,
  protocol: 50,
  endpoint: 200,
  method: 20,
  requestedModel: 500,
  upstreamModel: 500,
  billedModel: 500,
  errorClass: 100,
  errorMessage: 4_000,
  userAgent: 500,
  clientIp: 100,
  requestBody: 16 * 1024 * 1024,
  responseBody: 16 * 1024 * 1024,
} as const satisfies Partial<Record<keyof NewRequestLog, number>>;

type TextField = keyof typeof REQUEST_LOG_TEXT_LIMITS;

const INT_FIELDS = [
  'statusCode',
  'durationMs',
  'ttfbMs',
  'inputTokens',
  'outputTokens',
  'cacheReadTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'reasoningTokens',
] as const satisfies readonly (keyof NewRequestLog)[];

const INT4_MAX = 2_147_483_647;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what PostgreSQL refuses in text
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * A string PostgreSQL accepts: no NUL (UTF-8 text cannot hold it), no lone surrogate (not valid
 * UTF-8; drivers would silently turn it into U+FFFD anyway), at most `max` UTF-16 units.
 */
export function cleanText(value: string, max = Number.POSITIVE_INFINITY): string {
  let text = value.includes('\u0000') ? value.replace(NUL, '\uFFFD') : value;
  text = wellFormed(text);
  if (text.length <= max) return text;
  // a cut through a surrogate pair leaves a lone half: clean again
  return wellFormed(text.slice(0, max));
}

/** A JSON value whose every string (keys included) is clean: jsonb refuses `\u0000` and lone surrogates. */
export function cleanJson(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if ('toJSON' in value && typeof value.toJSON === 'function') return cleanJson(value.toJSON());
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [cleanText(key), cleanJson(inner)]));
}

// JSON.stringify writes NUL as \u0000 and a lone surrogate as \udXXX, and every other character these
// columns could refuse raw: one of these escapes is the only sign that a value needs cleaning.
const REFUSED_ESCAPE = /\\u(?:0000|d[89a-f])/i;

/**
 * A value as jsonb text PostgreSQL accepts, serialised once: the clean walk ({@link cleanJson}) runs
 * only when the text shows a NUL or a lone surrogate (or an escaped backslash that looks like one).
 */
export function cleanJsonText(value: unknown): string {
  const text = JSON.stringify(value ?? null);
  return REFUSED_ESCAPE.test(text) ? JSON.stringify(cleanJson(value) ?? null) : text;
}

function cleanInt(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.max(-INT4_MAX, Math.min(INT4_MAX, Math.round(value)));
}

/**
 * A log row the database will take: text cleaned and bounded, integers inside `integer`. Applied
 * to every row before insert, so a request whose model name carries a NUL is logged (with U+FFFD in
 * its place) instead of refused. The JSON columns are cleaned as they are serialised ({@link cleanJsonText}).
 */
export function sanitizeRequestLog(log: NewRequestLog): NewRequestLog {
  const clean: NewRequestLog = { ...log };
  for (const field of Object.keys(REQUEST_LOG_TEXT_LIMITS) as TextField[]) {
    // every key of REQUEST_LOG_TEXT_LIMITS is a string (or nullable string) field of NewRequestLog
    const value = clean[field] as string | null;
    if (value !== null) (clean[field] as string) = cleanText(value, REQUEST_LOG_TEXT_LIMITS[field]);
  }
  for (const field of INT_FIELDS) {
    const value = clean[field];
    if (value !== null) clean[field] = cleanInt(value);
  }
  return clean;
}
